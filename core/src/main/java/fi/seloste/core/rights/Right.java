package fi.seloste.core.rights;

/**
 * The rights of the data subject a privacy notice can list, each with the GDPR article that grants it. The
 * declaration order is the order of a notice: the rights of Chapter III in article order, then the withdrawal of
 * consent, which Art. 7(3) grants outside that chapter.
 */
public enum Right {
    /** Art. 15: to learn whether one's data are processed and to get a copy. */
    ACCESS("15", "access"),
    /** Art. 16: to have incorrect data corrected and incomplete data completed. */
    RECTIFICATION("16", "rectification"),
    /** Art. 17: to have one's data erased; Art. 17(3) lists when the controller may keep them. */
    ERASURE("17", "erasure"),
    /** Art. 18: to have the processing restricted to storage. */
    RESTRICTION("18", "restriction"),
    /** Art. 20: to receive the data one provided, machine-readable, and have them moved to another controller. */
    PORTABILITY("20", "portability"),
    /** Art. 21(1): to object, on grounds of one's particular situation, to processing for a public task or legitimate interests. */
    OBJECTION("21(1)", "objection"),
    /** Art. 21(2)-(3): to object at any time to direct marketing, after which the data are no longer used for it. */
    OBJECTION_TO_DIRECT_MARKETING("21(2)-(3)", "objectionToDirectMarketing"),
    /**
     * Art. 22(3): not to be subject to a decision based solely on automated processing; to obtain human
     * intervention, express one's view and contest the decision.
     */
    HUMAN_INTERVENTION("22(3)", "humanIntervention"),
    /** Art. 7(3): to withdraw consent at any time, without affecting the processing before it. */
    WITHDRAWAL_OF_CONSENT("7(3)", "withdrawal");

    private final String article;
    private final String key;

    Right(String article, String key) {
        this.article = article;
        this.key = key;
    }

    /** @return the GDPR article that grants the right, such as {@code 21(1)} */
    public String article() {
        return article;
    }

    /** @return the key of the right's texts: {@code right.<key>.title} and {@code right.<key>.text} */
    public String key() {
        return key;
    }
}
