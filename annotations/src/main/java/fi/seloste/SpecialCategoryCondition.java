package fi.seloste;

/** The GDPR Art. 9(2) condition that allows processing special categories of data, such as health data. */
public enum SpecialCategoryCondition {
    /** No condition declared: the purpose does not process special categories. */
    NONE,
    /** Art. 9(2)(a): explicit consent. */
    EXPLICIT_CONSENT,
    /** Art. 9(2)(b): employment, social security and social protection law. */
    EMPLOYMENT_AND_SOCIAL_SECURITY,
    /** Art. 9(2)(c): vital interests of a person unable to consent. */
    VITAL_INTERESTS,
    /** Art. 9(2)(d): a not-for-profit body, about its members. */
    NOT_FOR_PROFIT_MEMBERS,
    /** Art. 9(2)(e): made manifestly public by the data subject. */
    MADE_PUBLIC,
    /** Art. 9(2)(f): legal claims. */
    LEGAL_CLAIMS,
    /** Art. 9(2)(g): substantial public interest under law. */
    SUBSTANTIAL_PUBLIC_INTEREST,
    /** Art. 9(2)(h): health or social care (in Finland with tietosuojalaki 6 §). */
    HEALTH_OR_SOCIAL_CARE,
    /** Art. 9(2)(i): public health. */
    PUBLIC_HEALTH,
    /** Art. 9(2)(j): archiving, research or statistics. */
    ARCHIVING_RESEARCH_STATISTICS
}
