package dev.cairn.checks.k8s;

import java.util.regex.Pattern;

/**
 * The Kubernetes version the manifests are meant for, as a minor version such as {@code "1.31"}. Left out
 * ({@code null}), the checks judge against {@link #DEFAULT}. Set by {@code checks.params.<check>.kubeVersion}
 * in {@code .cairn.yaml} or by {@code cairn scan --kube-version}.
 *
 * @param kubeVersion {@code 1.<minor>}, or null for the default
 */
public record KubeVersionParams(String kubeVersion) {
    /** The version judged against when none is given. */
    public static final String DEFAULT = "1.31";

    private static final Pattern FORMAT = Pattern.compile("1\\.[0-9]+");

    public KubeVersionParams {
        if (kubeVersion != null && !FORMAT.matcher(kubeVersion).matches()) {
            throw new IllegalArgumentException("kubeVersion must be a Kubernetes minor version such as \""
                    + DEFAULT + "\", not \"" + kubeVersion + "\"");
        }
    }

    /** The default target, {@value #DEFAULT}. */
    public static KubeVersionParams defaults() {
        return new KubeVersionParams(DEFAULT);
    }

    /** The version judged against: {@code kubeVersion}, or {@link #DEFAULT} when it is left out. */
    public String target() {
        return kubeVersion == null ? DEFAULT : kubeVersion;
    }

    /** The minor number of {@link #target()}: 31 for {@code 1.31}. */
    public int targetMinor() {
        return minor(target());
    }

    /** The minor number of {@code 1.<minor>}. */
    static int minor(String version) {
        String digits = version.substring(version.indexOf('.') + 1);
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
