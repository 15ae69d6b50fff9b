package fi.seloste;

/**
 * Who a source of personal data is, which decides whether a notice must tell where data came from
 * (GDPR Art. 14) or only what the data subject gave (Art. 13).
 */
public enum SourceKind {
    /** Not declared: the processor asks for one of the others. */
    NONE,
    /** The data subject gives the data, such as a form they fill in (Art. 13). */
    DATA_SUBJECT,
    /**
     * Someone other than the data subject, such as a guardian, an employer, another health-care provider or
     * a public register (Art. 14): the notice names the source and the data it gives.
     */
    THIRD_PARTY,
    /**
     * The service records it while the data subject uses it, such as an IP address, a log entry or a
     * timestamp (Art. 13: the data subject's own use, not another party).
     */
    OBSERVED
}
