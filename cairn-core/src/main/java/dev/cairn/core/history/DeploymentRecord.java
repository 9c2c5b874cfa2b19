package dev.cairn.core.history;

import java.time.Instant;

/**
 * One row of a deployments file (CSV or JSON) as written by the team or its pipeline.
 *
 * @param version     free text (a tag or an image tag), may be null
 * @param commit      the deployed commit (full or abbreviated id), may be null
 * @param status      as written ({@code success}, {@code failed}, ...), may be null (= success)
 * @param environment as written ({@code production}, {@code staging}, ...), may be null (= production)
 * @param line        1-based line in the CSV file, or the 1-based index in the JSON array
 */
public record DeploymentRecord(Instant time, String version, String commit, String status, String environment, int line) {}
