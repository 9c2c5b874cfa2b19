package dev.cairn.checks.k8s;

import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a hostPath volume exposes of the node. Paths are compared after normalising ({@code //}, {@code .},
 * {@code ..}, trailing slashes), and a directory exposes everything below it, so {@code /var/run} exposes the
 * Docker socket and {@code /} exposes everything.
 */
final class HostPaths {
    /** Where container runtimes put their API sockets, and what to call them. */
    private static final Map<String, String> SOCKETS = ordered(
            "/var/run/docker.sock", "the Docker socket",
            "/run/docker.sock", "the Docker socket",
            "/var/run/containerd/containerd.sock", "the containerd socket",
            "/run/containerd/containerd.sock", "the containerd socket",
            "/run/k3s/containerd/containerd.sock", "the k3s containerd socket",
            "/var/run/crio/crio.sock", "the CRI-O socket",
            "/run/crio/crio.sock", "the CRI-O socket",
            "/var/run/cri-dockerd.sock", "the cri-dockerd socket",
            "/run/cri-dockerd.sock", "the cri-dockerd socket",
            "/var/run/dockershim.sock", "the dockershim socket",
            "/var/run/podman/podman.sock", "the Podman socket",
            "/run/podman/podman.sock", "the Podman socket");

    /** Runtime state directories: anything inside them reaches the runtime. */
    private static final List<String> RUNTIME_DIRS = List.of("/var/run/docker", "/run/docker", "/var/run/containerd",
            "/run/containerd", "/run/k3s/containerd", "/var/run/crio", "/run/crio", "/var/run/podman", "/run/podman");

    private static final List<String> SOCKET_NAMES = List.of("docker.sock", "containerd.sock", "crio.sock",
            "cri-dockerd.sock", "dockershim.sock", "podman.sock");

    /** Host directories whose contents are the node's own (a runtime socket aside), and what they hold. */
    private static final Map<String, String> SENSITIVE = ordered(
            "/etc", "the node's configuration and credentials",
            "/root", "root's home directory with its keys and credentials",
            "/home", "users' home directories with their keys and credentials",
            "/var/lib/kubelet", "the kubelet's state, including other pods' volumes and secrets",
            "/var/lib/etcd", "the cluster's etcd data",
            "/var/lib/docker", "every container's file system",
            "/var/lib/containerd", "every container's file system",
            "/var/lib/containers", "every container's file system",
            "/proc", "the node's processes and kernel interfaces",
            "/sys", "the node's kernel and cgroup interfaces",
            "/dev", "the node's devices",
            "/boot", "the node's kernel and boot loader",
            "/usr", "the node's programs and libraries",
            "/lib", "the node's system libraries",
            "/lib64", "the node's system libraries",
            "/bin", "the node's programs",
            "/sbin", "the node's system programs");

    /**
     * Inside a sensitive directory but the node's own software, not what the directory is known for: GKE's
     * Container-Optimized OS, whose root file system is read-only, keeps Kubernetes binaries, GPU drivers and
     * mounters under /home/kubernetes (a false positive found on real manifests: driver installer DaemonSets).
     */
    private static final List<String> NOT_SENSITIVE = List.of("/home/kubernetes");

    private HostPaths() {}

    /** A hostPath volume of a pod: its name, the {@code path} node and the path as written. */
    record Volume(String name, YNode at, String path) {}

    static List<Volume> volumes(PodSpecView pod) {
        List<Volume> out = new ArrayList<>();
        pod.spec().seq("volumes").ifPresent(volumes -> {
            for (YNode item : volumes.items()) {
                Optional<YMap> volume = item.asMap();
                Optional<YNode> hostPath = volume.flatMap(v -> v.get("hostPath"));
                if (hostPath.isEmpty()) {
                    continue;
                }
                Optional<YNode> pathNode = hostPath.get().asMap().flatMap(h -> h.get("path"));
                String path = pathNode.flatMap(YNode::asScalar).flatMap(s -> s.string()).orElse("");
                out.add(new Volume(volume.flatMap(v -> v.string("name")).orElse(""), pathNode.orElse(hostPath.get()), path));
            }
        });
        return out;
    }

    /** {@code /var//run/./docker.sock/} becomes {@code /var/run/docker.sock}; relative paths stay as written. */
    static String normalize(String path) {
        if (!path.startsWith("/")) {
            return path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Whether {@code path} is {@code dir} or lies inside it. */
    static boolean within(String path, String dir) {
        return dir.equals("/") || path.equals(dir) || path.startsWith(dir + "/");
    }

    /** The runtime socket a normalised host path exposes, described for a message, if any. */
    static Optional<String> runtimeSocket(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("\\\\.\\pipe\\") && (lower.contains("docker_engine") || lower.contains("containerd"))) {
            return Optional.of("the container runtime's named pipe");
        }
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        for (var socket : SOCKETS.entrySet()) {
            if (path.equals(socket.getKey())) {
                return Optional.of(socket.getValue());
            }
            if (within(socket.getKey(), path)) {
                return Optional.of("a directory holding " + socket.getValue() + " at " + socket.getKey());
            }
        }
        for (String dir : RUNTIME_DIRS) {
            if (within(path, dir)) {
                return Optional.of("the container runtime's state directory " + dir);
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return SOCKET_NAMES.stream().anyMatch(name::endsWith)
                ? Optional.of("a container runtime socket") : Optional.empty();
    }

    /** What a sensitive normalised host path exposes, described for a message, if any. */
    static Optional<String> sensitive(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        if (NOT_SENSITIVE.stream().anyMatch(dir -> within(path, dir))) {
            return Optional.empty();
        }
        for (var dir : SENSITIVE.entrySet()) {
            if (within(path, dir.getKey())) {
                return Optional.of(path.equals(dir.getKey()) ? dir.getValue()
                        : "part of " + dir.getKey() + ", " + dir.getValue());
            }
        }
        for (var dir : SENSITIVE.entrySet()) {
            if (within(dir.getKey(), path)) {
                return Optional.of("a directory holding " + dir.getKey() + ", " + dir.getValue());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
