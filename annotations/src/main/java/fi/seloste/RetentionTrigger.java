package fi.seloste;

/**
 * The event a retention period is counted from, so that a notice can say "4 months after the end of the
 * conversation" rather than only "4 months".
 */
public enum RetentionTrigger {
    /** The data was collected. */
    COLLECTION,
    /** The chat or other conversation ended. */
    CONVERSATION_END,
    /** The customer relationship ended. */
    RELATIONSHIP_END,
    /** The data subject last logged in. */
    LAST_LOGIN,
    /** The data subject withdrew consent. */
    CONSENT_WITHDRAWN,
    /** The data subject died (patient records). */
    DEATH,
    /** The data subject was born (patient records: 120 years from birth). */
    BIRTH,
    /** The user deleted the data or the account. */
    USER_DELETION,
    /** The end of the financial year the data belongs to (bookkeeping). */
    FISCAL_YEAR_END
}
