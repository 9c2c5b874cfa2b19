package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether text that names an image (or a deployed version) takes its tag from the commit SHA or from a
 * release tag, going by the variables each CI system offers for them. A SHA only counts where an image
 * is concerned: the command builds, pushes, deploys, scans or signs one, or the text speaks of a tag,
 * an image or a version ({@code IMAGE_TAG=$(git rev-parse --short HEAD)}); {@code echo $GITHUB_SHA} does not.
 */
final class TagSources {
    static final Pattern SHA = Pattern.compile("github\\.sha\\b|GITHUB_SHA|CI_COMMIT_SHA|CI_COMMIT_SHORT_SHA|\\bSHORT_SHA\\b"
            + "|\\bCOMMIT_SHA\\b|Build\\.SourceVersion|BUILD_SOURCEVERSION|CIRCLE_SHA1|BITBUCKET_COMMIT|DRONE_COMMIT_SHA"
            + "|DRONE_COMMIT\\b|BUILDKITE_COMMIT|GIT_COMMIT|git\\s+rev-parse|params\\.revision|\\{\\{\\s*revision\\s*}}"
            + "|\\.head\\.sha|type=sha\\b");
    static final Pattern SEMVER = Pattern.compile("CI_COMMIT_TAG|type=semver|refs/tags/|release\\.tag_name|CIRCLE_TAG"
            + "|BITBUCKET_TAG|DRONE_TAG|BUILDKITE_TAG|\\bTAG_NAME\\b|git\\s+describe\\b[^|;&]*--tags|auto_tag:\\s*true");
    /** GitHub's ref name is the tag only when a tag started the run; the reader knows whether one can. */
    static final Pattern REF_NAME = Pattern.compile("github\\.ref_name|GITHUB_REF_NAME");
    private static final Pattern IMAGE_WORDS = Pattern.compile("(?i)tag|image|version|destination");
    private static final Set<StepKind> IMAGE_WORK = EnumSet.of(IMAGE_BUILD, IMAGE_PUSH, DEPLOY, SIGNING, VULNERABILITY_SCAN, SBOM);

    private TagSources() {}

    /** The tag kinds {@code text} shows, given what the same command or step already does. */
    static Set<StepKind> of(String text, Set<StepKind> doing) {
        if (text == null || !aboutImages(text, doing)) return Set.of();
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (SHA.matcher(text).find()) kinds.add(TAG_FROM_SHA);
        if (SEMVER.matcher(text).find()) kinds.add(TAG_FROM_SEMVER);
        return kinds;
    }

    static boolean aboutImages(String text, Set<StepKind> doing) {
        return doing.stream().anyMatch(IMAGE_WORK::contains) || IMAGE_WORDS.matcher(text).find();
    }
}
