package dev.cairn.core.model;

/** Which cairn made the report; the ruleset version changes whenever a check's behaviour does. */
public record ToolInfo(String name, String version, String rulesetVersion) {}
