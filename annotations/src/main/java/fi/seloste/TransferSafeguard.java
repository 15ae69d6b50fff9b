package fi.seloste;

/** The legal ground for transferring personal data outside the EU/EEA (GDPR Chapter V). */
public enum TransferSafeguard {
    /** No transfer outside the EU/EEA. */
    NONE,
    /** Art. 45: an adequacy decision of the European Commission. */
    ADEQUACY_DECISION,
    /** Art. 46(2)(c): the Commission's standard contractual clauses. */
    STANDARD_CONTRACTUAL_CLAUSES,
    /** Art. 47: binding corporate rules. */
    BINDING_CORPORATE_RULES,
    /** Art. 49: a derogation for a specific situation, such as explicit consent. */
    DEROGATION
}
