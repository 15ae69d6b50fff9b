package fi.seloste;

/** The lawful basis of processing under GDPR Art. 6(1), which decides the rights a notice must list. */
public enum LegalBasis {
    /** Art. 6(1)(a): the data subject has given consent. Adds withdrawal of consent and portability. */
    CONSENT,
    /** Art. 6(1)(b): needed for a contract with the data subject. Adds portability. */
    CONTRACT,
    /** Art. 6(1)(c): needed to comply with a legal obligation. */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(d): needed to protect someone's vital interests. */
    VITAL_INTERESTS,
    /** Art. 6(1)(e): a task in the public interest or official authority. Adds the right to object. */
    PUBLIC_TASK,
    /** Art. 6(1)(f): the controller's legitimate interests; describe them. Adds the right to object. */
    LEGITIMATE_INTERESTS
}
