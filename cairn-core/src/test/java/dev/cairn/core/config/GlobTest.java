package dev.cairn.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
        // a glob without a slash matches a file name in any folder
        "*.md,                      README.md,                          true",
        "*.md,                      docs/adr/0001-record.md,            true",
        "*.md,                      docs/notes.mdx,                     false",
        "Dockerfile,                services/api/Dockerfile,            true",
        "Dockerfile,                services/api/Dockerfile.dev,        false",
        "Dockerfile*,               services/api/Dockerfile.dev,        true",
        // a slash before the last character anchors it to the root
        "deploy/*.yaml,             deploy/app.yaml,                    true",
        "deploy/*.yaml,             team/deploy/app.yaml,               false",
        "deploy/*.yaml,             deploy/base/app.yaml,               false",
        "/top.yaml,                 top.yaml,                           true",
        "/top.yaml,                 sub/top.yaml,                       false",
        // ** crosses folders, a directory glob matches everything below it
        "deploy/**/*.yaml,          deploy/base/prod/app.yaml,          true",
        "deploy/**/*.yaml,          deploy/app.yaml,                    true",
        "**,                        any/path/at/all.txt,                true",
        "**/*.tf,                   infra/modules/net/main.tf,          true",
        "vendor/,                   lib/vendor/pkg/mod.go,              true",
        "examples/**,               examples/shop/Dockerfile,           true",
        "examples/**,               src/examples.txt,                   false",
        // ? is one character inside a segment; the literal text must be present verbatim
        ".github/workflows/*.y?ml,  .github/workflows/ci.yaml,          true",
        ".github/workflows/*.y?ml,  .github/workflows/ci.yml,           false",
        ".github/workflows/*.y?ml,  .github/workflows/sub/ci.yaml,      false",
        "a?c,                       a/c,                                false",
        "./Makefile,                Makefile,                           true",
    })
    void matchesAsGitignoreDoes(String glob, String path, boolean expected) {
        assertThat(Glob.of(glob).matches(path)).isEqualTo(expected);
    }
}
