package dev.cairn.core.check;

/** Compliance frameworks a check can cite. */
public enum Framework {
    CIS_KUBERNETES("CIS Kubernetes Benchmark"),
    NSA_CISA("NSA/CISA Kubernetes Hardening Guide"),
    POD_SECURITY_STANDARDS("Pod Security Standards"),
    NIST_800_190("NIST SP 800-190");

    private final String title;

    Framework(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
