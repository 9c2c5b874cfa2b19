package dev.cairn.core.check;

import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Line-independent identities of findings (PRODUCT.md, "Fingerprints"): check id, path, object identity,
 * the JSON Pointer with container names in place of list indices, and the render variant. Adding a line
 * above a finding, or reordering containers, keeps its fingerprint.
 */
public final class Fingerprints {
    private Fingerprints() {}

    public static String of(CheckId id, SourcePath path, ObjectRef object, String stablePointer, String variant) {
        String identity = object == null ? ""
                : String.join("/", object.apiVersion(), object.kind(), nullToEmpty(object.namespace()), object.name());
        String material = String.join("\u0000", id.value(), path.value(), identity, nullToEmpty(stablePointer),
                nullToEmpty(variant));
        return sha256(material).substring(0, 32);
    }

    /**
     * Rewrites a pointer below {@code objectRoot} so that container list indices become container names,
     * e.g. {@code /spec/template/spec/containers/0/image} becomes {@code .../containers/web/image}. The
     * result is relative to the object, so an object's place in a {@code List} does not matter either.
     */
    public static String stablePointer(YMap objectRoot, String pointer) {
        String prefix = objectRoot.pointer();
        String relative = pointer.startsWith(prefix) ? pointer.substring(prefix.length()) : pointer;
        if (relative.isEmpty()) {
            return "";
        }
        String[] tokens = relative.substring(1).split("/", -1);
        StringBuilder out = new StringBuilder();
        Optional<YNode> node = Optional.of(objectRoot);
        String previous = null;
        for (String raw : tokens) {
            String token = raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
            String emitted = raw;
            Optional<YNode> next = Optional.empty();
            if (node.isPresent() && node.get() instanceof YMap map) {
                next = map.get(token);
            } else if (node.isPresent() && node.get().asSeq().isPresent() && isIndex(token)) {
                var items = node.get().asSeq().get().items();
                int index = Integer.parseInt(token);
                if (index < items.size()) {
                    next = Optional.of(items.get(index));
                    if (previous != null && ContainerKind.isContainerList(previous)) {
                        Optional<String> name = next.flatMap(YNode::asMap).flatMap(m -> m.string("name"));
                        if (name.isPresent()) {
                            emitted = name.get().replace("~", "~0").replace("/", "~1");
                        }
                    }
                }
            }
            out.append('/').append(emitted);
            node = next;
            previous = token;
        }
        return out.toString();
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
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

    private static String sha256(String text) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
