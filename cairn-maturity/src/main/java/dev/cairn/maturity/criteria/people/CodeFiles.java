package dev.cairn.maturity.criteria.people;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells test code from application code by path, the way the common build tools and test runners find
 * tests: Maven and Gradle test source sets ({@code src/test/}, {@code src/it/}, {@code src/integrationTest/}),
 * {@code *Test.java} / {@code *IT.java}, Go {@code *_test.go}, pytest {@code test_*.py} and {@code tests/},
 * Jest and Vitest {@code *.spec.ts} / {@code *.test.js} and {@code __tests__/}, RSpec {@code *_spec.rb},
 * .NET {@code *Tests.cs}. Vendored, generated and build-output folders are neither, and nor are test data
 * ({@code testdata/}, {@code fixtures/}, {@code src/test/resources/}), which is input to tests, not tests.
 */
final class CodeFiles {
    private static final Set<String> EXTENSIONS = Set.of("java", "kt", "scala", "groovy", "go", "py", "js", "jsx", "mjs",
            "cjs", "ts", "tsx", "rb", "cs", "rs", "php", "c", "cc", "cpp", "h", "hpp", "swift", "ex", "exs", "clj", "dart");
    private static final Pattern NOT_OURS = Pattern.compile(
            "(^|/)(vendor|node_modules|third[-_]party|dist|build|target|out|generated|\\.venv|venv|site-packages"
            + "|testdata|fixtures?|__fixtures__|__snapshots__)/|(^|/)src/[^/]+/resources/"
            + "|\\.min\\.js$|\\.d\\.ts$|\\.pb\\.go$|_pb2\\.py$");
    private static final Pattern TEST = Pattern.compile(
            "(^|/)src/(test|tests|it|integrationTest|intTest|testFixtures|androidTest)[^/]*/"
            + "|(^|/)(tests?|__tests__|spec|specs|e2e|testing|integration[-_]tests?)/"
            + "|(Test|Tests|IT|Spec|TestCase)\\.(java|kt|scala|groovy|cs|php|swift)$"
            + "|_test\\.(go|py|rb|exs)$|(^|/)test_[^/]*\\.py$|_spec\\.rb$|(^|/)conftest\\.py$"
            + "|\\.(spec|test)\\.[cm]?[jt]sx?$");

    private CodeFiles() {}

    /** Source code of some language, ours (not vendored or generated). */
    static boolean isCode(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))
                && !NOT_OURS.matcher(path).find();
    }

    /** Code that tests other code. */
    static boolean isTest(String path) {
        return isCode(path) && TEST.matcher(path).find();
    }

    /** Code that is not a test. */
    static boolean isApplication(String path) {
        return isCode(path) && !TEST.matcher(path).find();
    }
}
