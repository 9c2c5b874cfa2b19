package dev.cairn.checks.rbac;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subjects of a RoleBinding or ClusterRoleBinding with their nodes, and its {@code roleRef}.
 *
 * @param node the subject mapping; findings point at its {@code name} entry when there is one
 */
record BindingSubjects(YMap node, String kind, String name, String namespace) {

    static List<BindingSubjects> of(K8sObject binding) {
        List<BindingSubjects> out = new ArrayList<>();
        binding.root().seq("subjects").ifPresent(seq -> {
            for (YNode item : seq.items()) {
                item.asMap().ifPresent(m -> out.add(new BindingSubjects(m, m.string("kind").orElse(""),
                        m.string("name").orElse(""), m.string("namespace").orElse(null))));
            }
        });
        return out;
    }

    /** Reports at {@code name: ...}, else at the subject mapping. */
    Optional<YEntry> nameEntry() {
        return node.entry("name");
    }

    /** {@code ServiceAccount ci/deployer}, {@code Group ops}, for messages. */
    String display() {
        return kind + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    static String roleRefKind(K8sObject binding) {
        return binding.root().path("roleRef", "kind").flatMap(YNode::asScalar).map(s -> s.text()).orElse("");
    }

    static String roleRefName(K8sObject binding) {
        return binding.root().path("roleRef", "name").flatMap(YNode::asScalar).map(s -> s.text()).orElse("");
    }

    static Optional<YEntry> roleRefNameEntry(K8sObject binding) {
        return binding.root().map("roleRef").flatMap(r -> r.entry("name"));
    }
}
