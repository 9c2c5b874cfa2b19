package dev.cairn.core.model;

/**
 * A path relative to the scanned root, always with forward slashes and never leaving the root.
 * The empty path {@code ""} names the root itself. Objects read from a cluster have no file: their path is
 * a {@code cluster://} address instead (see {@code ClusterAddress}).
 */
public record SourcePath(String value) implements Comparable<SourcePath> {
    public static final SourcePath ROOT = new SourcePath("");

    public SourcePath {
        if (value == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        if (value.startsWith("/") || value.contains("\\") || value.equals("..") || value.startsWith("../")
                || value.contains("/../") || value.endsWith("/..")) {
            throw new IllegalArgumentException("not a root-relative path: " + value);
        }
    }

    public static SourcePath of(String value) {
        return new SourcePath(value);
    }

    public String fileName() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    /** The parent directory, or {@link #ROOT}. */
    public SourcePath parent() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? ROOT : new SourcePath(value.substring(0, slash));
    }

    public SourcePath resolve(String child) {
        return value.isEmpty() ? new SourcePath(child) : new SourcePath(value + "/" + child);
    }

    @Override
    public int compareTo(SourcePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
