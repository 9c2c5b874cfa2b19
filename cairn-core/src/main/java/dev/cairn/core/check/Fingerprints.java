package dev.cairn.core.check;

import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Line-independent identities of findings (PRODUCT.md, "Fingerprints"): check id, path, object identity,
 * the JSON Pointer with container names in place of list indices, and the render variant. Adding a line
 * above a finding, or reordering containers, keeps its fingerprint.
 */
public final class Fingerprints {
    private Fingerprints() {}

    public static String of(CheckId id, SourcePath path, ObjectRef object, String stablePointer, String variant) {
        return new Subject(path, object, variant).fingerprint(id, stablePointer);
    }

    /**
     * Rewrites a pointer below {@code objectRoot} so that container list indices become container names,
     * e.g. {@code /spec/template/spec/containers/0/image} becomes {@code .../containers/web/image}. The
     * result is relative to the object, so an object's place in a {@code List} does not matter either.
     */
    public static String stablePointer(YMap objectRoot, String pointer) {
        String relative = relative(objectRoot, pointer);
        if (!relative.contains("ontainers/")) {
            return relative; // no container list on the way ("containers", "initContainers", ...): nothing to rename
        }
        return renamed(objectRoot, relative);
    }

    private static String relative(YMap objectRoot, String pointer) {
        String prefix = objectRoot.pointer();
        return pointer.startsWith(prefix) ? pointer.substring(prefix.length()) : pointer;
    }

    /** Walks {@code relative} from the root, writing container names in place of container list indices. */
    private static String renamed(YMap objectRoot, String relative) {
        StringBuilder out = new StringBuilder(relative.length() + 16);
        YNode node = objectRoot;
        String previous = null;
        int start = 1;
        while (start <= relative.length()) {
            int end = relative.indexOf('/', start);
            if (end < 0) {
                end = relative.length();
            }
            String raw = relative.substring(start, end);
            String token = raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
            String emitted = raw;
            YNode next = null;
            if (node instanceof YMap map) {
                next = map.get(token).orElse(null);
            } else if (node instanceof YSeq seq && isIndex(token)) {
                int index = Integer.parseInt(token);
                if (index < seq.items().size()) {
                    next = seq.items().get(index);
                    if (previous != null && ContainerKind.isContainerList(previous) && next instanceof YMap container) {
                        Optional<String> name = container.string("name");
                        if (name.isPresent()) {
                            emitted = name.get().replace("~", "~0").replace("/", "~1");
                        }
                    }
                }
            }
            out.append('/').append(emitted);
            node = next;
            previous = token;
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() >= 10) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One digest per thread: looking the algorithm up per finding showed in profiles. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    /**
     * What the fingerprints of one file's or one object's findings share: path, object identity and render
     * variant, encoded once. A fingerprint is the first 128 bits, in hex, of the SHA-256 of
     * {@code id NUL path NUL apiVersion/kind/namespace/name NUL stablePointer NUL variant} (UTF-8).
     */
    static final class Subject {
        private final byte[] pathAndIdentity;
        private final byte[] variant;

        Subject(SourcePath path, ObjectRef object, String variant) {
            String identity = object == null ? ""
                    : String.join("/", object.apiVersion(), object.kind(), nullToEmpty(object.namespace()), object.name());
            this.pathAndIdentity = (path.value() + "\u0000" + identity + "\u0000").getBytes(StandardCharsets.UTF_8);
            this.variant = nullToEmpty(variant).getBytes(StandardCharsets.UTF_8);
        }

        String fingerprint(CheckId id, String stablePointer) {
            MessageDigest digest = SHA256.get();
            digest.reset();
            digest.update(id.value().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(pathAndIdentity);
            digest.update(nullToEmpty(stablePointer).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(variant);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
    }

    /**
     * {@link #stablePointer} for the findings of one object, which mostly sit in a few containers: the part of
     * a pointer up to its last container (where the renaming ends) is walked once and remembered.
     */
    static final class StablePointers {
        private final YMap root;
        private final Map<String, String> renamedHeads = new HashMap<>();
        /** Several checks often report at the same node: its pointer, the same string, is looked up first. */
        private final Map<String, String> done = new HashMap<>();

        StablePointers(YMap root) {
            this.root = root;
        }

        String of(String pointer) {
            return done.computeIfAbsent(pointer, this::stable);
        }

        private String stable(String pointer) {
            String relative = relative(root, pointer);
            int afterList = afterLastContainerList(relative);
            if (afterList < 0) {
                return relative;
            }
            int cut = relative.indexOf('/', afterList);
            if (cut < 0) {
                cut = relative.length();
            }
            // No token after the container's own can be renamed: renaming follows a container list token.
            String head = relative.substring(0, cut);
            return renamedHeads.computeIfAbsent(head, h -> renamed(root, h)) + relative.substring(cut);
        }

        /** Where the token after the last container list token starts, or -1 when there is none. */
        private static int afterLastContainerList(String relative) {
            // Every container list field ends in "ontainers": one backward search finds the candidates.
            for (int at = relative.lastIndexOf("ontainers/"); at > 0; at = relative.lastIndexOf("ontainers/", at - 1)) {
                int start = relative.lastIndexOf('/', at) + 1;
                int end = at + "ontainers".length();
                if (ContainerKind.isContainerList(relative.substring(start, end))) {
                    return end + 1;
                }
            }
            return -1;
        }
    }
}
