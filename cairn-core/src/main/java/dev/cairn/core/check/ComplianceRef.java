package dev.cairn.core.check;

/** A control of a compliance framework that a check helps meet, e.g. CIS 5.2.2 or PSS Baseline. */
public record ComplianceRef(Framework framework, String control, String title) {
    public static ComplianceRef cis(String control, String title) {
        return new ComplianceRef(Framework.CIS_KUBERNETES, control, title);
    }

    public static ComplianceRef nsa(String section) {
        return new ComplianceRef(Framework.NSA_CISA, section, null);
    }

    public static ComplianceRef pss(String level, String control) {
        return new ComplianceRef(Framework.POD_SECURITY_STANDARDS, level, control);
    }

    public static ComplianceRef nist(String section, String title) {
        return new ComplianceRef(Framework.NIST_800_190, section, title);
    }
}
