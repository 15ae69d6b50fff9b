package fi.seloste.core.rights;

/**
 * Why a right that applies still does not reach all of a register's data, with the GDPR article that says so, so
 * that a notice never promises more than the law gives.
 */
public enum Limitation {
    /**
     * Art. 17(3)(b): a law requires the controller to keep the data (for example the patient-records decree 94/2022),
     * so they cannot be erased on request before the retention period ends. Carries the laws.
     */
    ERASURE_STATUTORY_RETENTION(Right.ERASURE, "17(3)(b)", "erasureStatutoryRetention", true),
    /**
     * Art. 17(3)(b): the data are processed to comply with a legal obligation (6(1)(c)) or to perform a task in the
     * public interest or exercise official authority (6(1)(e)), and are kept as long as that requires.
     */
    ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK(Right.ERASURE, "17(3)(b)", "erasureLegalObligationOrPublicTask", false),
    /**
     * Art. 17(3)(c): special categories of data processed for health or social care (9(2)(h)) or public health
     * (9(2)(i)) are kept for reasons of public interest in public health.
     */
    ERASURE_PUBLIC_HEALTH(Right.ERASURE, "17(3)(c)", "erasurePublicHealth", false);

    private final Right right;
    private final String article;
    private final String key;
    private final boolean takesLaws;

    Limitation(Right right, String article, String key, boolean takesLaws) {
        this.right = right;
        this.article = article;
        this.key = key;
        this.takesLaws = takesLaws;
    }

    /** @return the right this limits */
    public Right right() {
        return right;
    }

    /** @return the GDPR article that allows the limitation, such as {@code 17(3)(b)} */
    public String article() {
        return article;
    }

    /** @return the key of its text, {@code right.limit.<key>} */
    public String key() {
        return key;
    }

    /** @return whether its text names the laws that require keeping the data */
    public boolean takesLaws() {
        return takesLaws;
    }
}
