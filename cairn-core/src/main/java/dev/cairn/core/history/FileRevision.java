package dev.cairn.core.history;

/**
 * A file's text before and after a commit that changed it (against the first parent), read by the
 * collector for the paths a consumer asked for (GitOps deployment detection), so that judging stays pure.
 *
 * @param before null when the commit added the file
 * @param after  null when the commit deleted the file
 */
public record FileRevision(String commitId, String path, String before, String after) {}
