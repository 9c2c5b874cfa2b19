package dev.cairn.core.model;

/**
 * What one check concluded: its status, how many findings count, and, for {@code ERROR}, what went wrong.
 *
 * @param findings number of findings that count (not suppressed)
 * @param suppressed number of suppressed findings
 */
public record CheckResult(CheckId checkId, String slug, CheckStatus status, int findings, int suppressed, String error) {}
