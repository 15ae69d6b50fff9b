package fi.seloste;

/** Who receives personal data, which decides how a notice describes the disclosure. */
public enum RecipientKind {
    /** A processor acting on the controller's behalf (henkilötietojen käsittelijä), such as a hosting provider. */
    PROCESSOR,
    /** Another controller that decides its own purposes, such as an insurance company. */
    INDEPENDENT_CONTROLLER,
    /** An authority that receives data under law, such as Kela or the police. */
    AUTHORITY
}
