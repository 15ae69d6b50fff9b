package fi.seloste;

/** The legal ground for transferring personal data outside the EU/EEA (GDPR Chapter V). */
public enum TransferSafeguard {
    /** No safeguard declared: the recipient is in the EU/EEA, or the processor asks for one. */
    NONE,
    /** Art. 45: an adequacy decision of the European Commission for the recipient's country. */
    ADEQUACY_DECISION,
    /**
     * Art. 45: the EU–US Data Privacy Framework (the Commission's adequacy decision of 10 July 2023), for a
     * recipient in the United States that is certified under it.
     */
    DATA_PRIVACY_FRAMEWORK,
    /** Art. 46(2)(c): the Commission's standard contractual clauses. */
    STANDARD_CONTRACTUAL_CLAUSES,
    /** Art. 47: binding corporate rules. */
    BINDING_CORPORATE_RULES,
    /** Art. 49: a derogation for a specific situation, such as explicit consent. */
    DEROGATION
}
