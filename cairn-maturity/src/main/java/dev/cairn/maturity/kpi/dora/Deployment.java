package dev.cairn.maturity.kpi.dora;

import java.time.Instant;

/**
 * A successful change to production.
 *
 * @param name     what identifies it to a person: the tag, the GitOps commit, the file's line
 * @param version  the released version (tag or image tag), or null
 * @param commitId the commit it deployed (full id), or null when unknown (then it adds no commits)
 * @param rollback a GitOps change that set the image back to an earlier deployed tag or digest
 */
public record Deployment(String name, String version, String commitId, Instant time, boolean rollback) {}
