package dev.cairn.ingest.yaml;

/**
 * Bounds that keep a hostile or broken file from exhausting the scanner.
 *
 * @param maxDepth          deepest allowed nesting of mappings and sequences (alias copies included)
 * @param maxAliasExpansion nodes a document may create by copying anchored nodes for aliases
 * @param codePointLimit    largest document SnakeYAML will read, in code points
 */
public record YamlLimits(int maxDepth, int maxAliasExpansion, int codePointLimit) {
    public YamlLimits {
        if (maxDepth < 1 || maxAliasExpansion < 0 || codePointLimit < 1) {
            throw new IllegalArgumentException("invalid YAML limits " + maxDepth + "/" + maxAliasExpansion + "/" + codePointLimit);
        }
    }

    /** Room for any real manifest; the code point limit sits just above the 5 MiB file size cap. */
    public static YamlLimits defaults() {
        return new YamlLimits(1000, 100_000, 5 * 1024 * 1024 + 1024);
    }
}
