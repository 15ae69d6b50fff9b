package fi.seloste;

/** The ground in tietosuojalaki (1050/2018) 29 § for processing a Finnish personal identity code (henkilötunnus). */
public enum IdentityCodeGround {
    /** No ground declared. */
    NONE,
    /** The data subject has consented. */
    CONSENT,
    /** Processing is provided for by law. */
    PROVIDED_BY_LAW,
    /** Unambiguous identification is important for a task laid down by law. */
    STATUTORY_TASK,
    /** Unambiguous identification is important for the rights and obligations of the data subject or controller. */
    RIGHTS_AND_OBLIGATIONS,
    /** Historical or scientific research or statistics. */
    RESEARCH_OR_STATISTICS,
    /** Health care, social welfare or other social-security matters. */
    HEALTH_AND_SOCIAL_CARE,
    /** Credit, debt collection, insurance, payment or rental services. */
    CREDIT_INSURANCE_AND_PAYMENTS,
    /** Employment or public-service relationships. */
    EMPLOYMENT
}
