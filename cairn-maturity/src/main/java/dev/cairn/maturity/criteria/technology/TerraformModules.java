package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.repo.RepositoryFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code module} blocks of Terraform and OpenTofu files and whether each pins the version it uses.
 * A line scanner rather than an HCL parser: it follows braces outside strings, which is enough for the
 * {@code source} and {@code version} arguments of a module block.
 */
final class TerraformModules {
    private static final Pattern MODULE = Pattern.compile("^\\s*module\\s+\"([^\"]+)\"\\s*\\{");
    private static final Pattern ARGUMENT = Pattern.compile("^\\s*(source|version)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern REF = Pattern.compile("[?&]ref=([^&]+)");
    /** {@code namespace/name/provider}, optionally behind a registry host. */
    private static final Pattern REGISTRY = Pattern.compile("^([\\w.-]+\\.[a-z]{2,}/)?[\\w-]+/[\\w-]+/[\\w-]+(//.*)?$");
    private static final Set<String> BRANCHES = Set.of("main", "master", "develop", "dev", "trunk", "HEAD");

    /**
     * @param source  the {@code source} argument, or null when the block has none
     * @param version the {@code version} argument, or null
     * @param location the {@code source} line, else the {@code module} line
     */
    record Module(String name, String source, String version, Location location) {
        boolean local() {
            return source != null && (source.startsWith("./") || source.startsWith("../"));
        }

        /** Local modules need no pin; registry modules pin with {@code version}, others with a non-branch {@code ?ref=}. */
        boolean pinned() {
            if (source == null || local()) return true;
            if (REGISTRY.matcher(source).matches()) return version != null && !version.isBlank();
            Matcher ref = REF.matcher(source);
            return ref.find() && !BRANCHES.contains(ref.group(1));
        }
    }

    private TerraformModules() {}

    static List<Module> in(RepositoryFiles files, String... globs) {
        List<Module> out = new ArrayList<>();
        for (SourcePath path : files.matching(globs)) {
            files.text(path).ifPresent(lines -> read(path, lines, out));
        }
        return out;
    }

    private static void read(SourcePath path, List<String> lines, List<Module> out) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher module = MODULE.matcher(lines.get(i));
            if (!module.find()) continue;
            String source = null;
            String version = null;
            Location at = line(path, i, lines.get(i));
            int depth = braces(lines.get(i));
            for (int j = i + 1; j < lines.size() && depth > 0; j++) {
                Matcher argument = ARGUMENT.matcher(lines.get(j));
                if (depth == 1 && argument.find()) {
                    if (argument.group(1).equals("source")) {
                        source = argument.group(2);
                        at = line(path, j, lines.get(j));
                    } else {
                        version = argument.group(2);
                    }
                }
                depth += braces(lines.get(j));
                i = j;
            }
            out.add(new Module(module.group(1), source, version, at));
        }
    }

    /** Opening minus closing braces outside double-quoted strings and after no comment marker. */
    private static int braces(String line) {
        int depth = 0;
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"' && (k == 0 || line.charAt(k - 1) != '\\')) quoted = !quoted;
            else if (!quoted && (c == '#' || c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/')) break;
            else if (!quoted && c == '{') depth++;
            else if (!quoted && c == '}') depth--;
        }
        return depth;
    }

    private static Location line(SourcePath path, int index, String text) {
        int column = text.length() - text.stripLeading().length() + 1;
        return Location.at(path, new Span(index + 1, column, index + 1, text.length() + 1));
    }
}
