package dev.cairn.core.model;

/** The five aspects of the CNCF Cloud Native Maturity Model. */
public enum Aspect {
    PEOPLE("People", "PEO"),
    PROCESS("Process", "PRC"),
    POLICY("Policy", "POL"),
    TECHNOLOGY("Technology", "TEC"),
    BUSINESS_OUTCOMES("Business outcomes", "BIZ");

    private final String title;
    private final String criterionPrefix;

    Aspect(String title, String criterionPrefix) {
        this.title = title;
        this.criterionPrefix = criterionPrefix;
    }

    public String title() {
        return title;
    }

    /** The prefix of this aspect's criterion ids, e.g. {@code TEC} in {@code TEC-8}. */
    public String criterionPrefix() {
        return criterionPrefix;
    }
}
