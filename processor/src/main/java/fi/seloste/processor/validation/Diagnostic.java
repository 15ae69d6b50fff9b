package fi.seloste.processor.validation;

import javax.tools.Diagnostic.Kind;

/**
 * The catalogue of everything the processor can report, each with a stable id that users can search
 * for in {@code docs/errors.md}; messages say what is wrong and how to fix it.
 */
public enum Diagnostic implements fi.seloste.index.diagnostic.Diagnostic {
    PURPOSE_MISSING("SELOSTE-P101", Kind.ERROR,
            "@PersonalData on %s has a missing or blank purpose. Say why the data is processed, for example: "
                    + "@PersonalData(purpose = \"Answering customer questions in the chat\", ...), or set purpose in "
                    + "@PersonalDataDefaults on the class or package, or purposes in its @Register"),
    SOURCE_MISSING("SELOSTE-P102", Kind.ERROR,
            "@PersonalData on %s has a missing or blank source. Say where the data comes from, for example: "
                    + "@PersonalData(source = Sources.DATA_SUBJECT, ...), or set source in @PersonalDataDefaults"),
    RETENTION_INVALID("SELOSTE-P103", Kind.ERROR,
            "@PersonalData on %s has an invalid retention: %s. Write an ISO-8601 period, for example "
                    + "retention = \"P4M\" (4 months), \"P90D\" (90 days) or \"P5Y\" (5 years)"),
    STATIC_FIELD("SELOSTE-P104", Kind.ERROR,
            "@PersonalData on %s: a static field belongs to no person. Move the annotation to the instance field "
                    + "that holds the personal data, or remove it"),
    BLANK_LABEL("SELOSTE-P105", Kind.ERROR,
            "@PersonalData on %s has a blank %s. Remove it to use the field name, or write the name "
                    + "readers of the notice should see, for example: label = \"Puhelinnumero\""),
    RETENTION_MISSING("SELOSTE-P106", Kind.ERROR,
            "@PersonalData on %s says nothing about how long the data is kept. Add retention = \"P4M\" (an ISO-8601 "
                    + "period), or retentionCriteria = \"...\" when no fixed period can be given, here or in "
                    + "@PersonalDataDefaults"),
    RETENTION_TWICE("SELOSTE-P107", Kind.ERROR,
            "@%s on %s gives both retention and retentionCriteria. Keep the period, or remove it and keep the criteria"),
    BLANK_VALUE("SELOSTE-P108", Kind.ERROR,
            "@%s on %s has a blank value in %s. Remove the empty entry or write the key"),
    TEXT_TOO_LONG("SELOSTE-P109", Kind.ERROR,
            "@%s on %s has a %s of %d characters; at most %d fit a notice. Shorten it, or move long explanations to "
                    + "the organisation texts of seloste-maven-plugin (<textDirectory>)"),
    UNKNOWN_PURPOSE("SELOSTE-P110", Kind.ERROR,
            "@%s on %s refers to purpose '%s', which no @Purpose declares.%s Declare it with @Purpose on a String "
                    + "constant, or use one of the declared keys"),
    UNKNOWN_TERM("SELOSTE-P111", Kind.ERROR,
            "@%s on %s refers to %s '%s', which is not declared.%s Use a constant of %s, or declare your own with @%s"),
    UNKNOWN_REGISTER("SELOSTE-P115", Kind.ERROR,
            "%s on %s refers to register '%s', which no @Register declares.%s Declare it with @Register(id = \"%s\", "
                    + "fi = \"...\") on a class or package-info.java, or fix the id"),
    OPT_OUT_WITHOUT_REASON("SELOSTE-P120", Kind.ERROR,
            "@NotPersonalData on %s has no reason. Say why the field holds no personal data, for example: "
                    + "@NotPersonalData(reason = \"Id of the e-mail template, not an address\")"),
    BOTH_ANNOTATIONS("SELOSTE-P121", Kind.ERROR,
            "%s carries both @PersonalData and @NotPersonalData. Keep the one that is true"),
    NOT_A_KEY_CONSTANT("SELOSTE-P130", Kind.ERROR,
            "@%s on %s must sit on a static final String constant with a compile-time value, such as "
                    + "public static final String CHAT_SERVICE = \"chat-service\";"),
    BLANK_DECLARATION("SELOSTE-P131", Kind.ERROR,
            "@%s on %s has a blank %s. Write the key as the constant's value and the Finnish text as fi = \"...\""),
    CONFLICTING_DECLARATION("SELOSTE-P132", Kind.ERROR,
            "%s '%s' is declared twice with different content: in %s and in %s. Give one of them another key, or "
                    + "make them identical"),
    INVALID_REGISTER_ID("SELOSTE-P133", Kind.ERROR,
            "@Register on %s has id '%s'. Use lower-case letters, digits and hyphens, starting with a letter, at most "
                    + "64 characters, such as id = \"customer-chat\"; it names the notice files"),
    SPECIAL_WITHOUT_CONDITION("SELOSTE-P140", Kind.ERROR,
            "%s holds special-category data (GDPR Art. 9%s) but neither its purposes (%s) nor the field name an "
                    + "Art. 9(2) condition. Add specialCondition = SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE (or the "
                    + "condition that applies) to the @Purpose, or to the @PersonalData"),
    IDENTITY_CODE_WITHOUT_GROUND("SELOSTE-P141", Kind.ERROR,
            "%s holds a personal identity code (henkilötunnus) but names no ground under tietosuojalaki 29 §. Add "
                    + "identityCodeGround = IdentityCodeGround.CONSENT (or the ground that applies) to the @PersonalData"),
    LEGITIMATE_INTEREST_OF_AUTHORITY("SELOSTE-P142", Kind.ERROR,
            "%s belongs to register '%s', kept by a public authority, but purpose '%s' relies on legitimate interests "
                    + "(Art. 6(1)(f)), which GDPR Art. 6(1) denies to authorities performing their tasks. Use "
                    + "LegalBasis.PUBLIC_TASK or LEGAL_OBLIGATION for this purpose"),
    LEGITIMATE_INTEREST_UNDESCRIBED("SELOSTE-P143", Kind.ERROR,
            "@Purpose on %s relies on legitimate interests (Art. 6(1)(f)) but does not describe them. Add "
                    + "legitimateInterest = \"...\" saying whose interest it is and why the processing is needed"),
    TRANSFER_WITHOUT_SAFEGUARD("SELOSTE-P144", Kind.ERROR,
            "@Recipient on %s sends data to '%s', outside the EU/EEA, without a safeguard. Add safeguard = "
                    + "TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES (or the one that applies)"),
    UNDECLARED_PERSONAL_FIELD("SELOSTE-P150", Kind.ERROR,
            "%s looks like personal data: %s, but has neither @PersonalData nor @NotPersonalData. Declare it: "
                    + "@PersonalData(purpose = ..., retention = ..., source = ...), or opt out: "
                    + "@NotPersonalData(reason = \"...\"). (-Aseloste.undeclared=warning reports this as a warning)"),
    UNDECLARED_PERSONAL_FIELD_WARNING("SELOSTE-P151", Kind.MANDATORY_WARNING,
            "%s looks like personal data: %s, but has neither @PersonalData nor @NotPersonalData. Declare it: "
                    + "@PersonalData(purpose = ..., retention = ..., source = ...), or opt out: "
                    + "@NotPersonalData(reason = \"...\"). seloste:check will fail on it"),
    INVALID_OPTION("SELOSTE-P160", Kind.ERROR,
            "option -A%s=%s is not valid: %s"),
    INDEX_NOT_WRITTEN("SELOSTE-P801", Kind.ERROR,
            "could not write %s: %s. Run a clean build (./mvnw clean compile); if it persists, check that the "
                    + "class output directory is writable"),
    PREVIOUS_INDEX_UNREADABLE("SELOSTE-P802", Kind.MANDATORY_WARNING,
            "the index from the previous compilation could not be read (%s), so it holds only the classes compiled now. "
                    + "Run a clean build (./mvnw clean compile) to index every class"),
    METAMODEL_NOT_WRITTEN("SELOSTE-P803", Kind.ERROR,
            "could not write the metamodel %s: %s. If the package has a class of that name, rename it; otherwise run "
                    + "a clean build (./mvnw clean compile), or turn the metamodel off by removing -Aseloste.metamodel=true"),
    METAMODEL_INCOMPLETE("SELOSTE-P804", Kind.MANDATORY_WARNING,
            "the metamodel %s was written in round %s, so personal fields of classes that another processor generated "
                    + "into that package in round %s are not in it (they are in the index). Generate those classes into "
                    + "another package, or read their facts from the index"),
    INTERNAL_ERROR("SELOSTE-P901", Kind.ERROR,
            "internal error in seloste-processor while processing %s: %s. The index was not written. "
                    + "Please report this with the stack trace printed by -Aseloste.debug=true");

    private final String id;
    private final Kind kind;
    private final String template;

    Diagnostic(String id, Kind kind, String template) {
        this.id = id;
        this.kind = kind;
        this.template = template;
    }

    /** @return the stable id, such as {@code SELOSTE-P101} */
    @Override
    public String id() {
        return id;
    }

    /** @return how javac shows it */
    public Kind kind() {
        return kind;
    }

    @Override
    public fi.seloste.index.diagnostic.Severity severity() {
        return switch (kind) {
            case ERROR -> fi.seloste.index.diagnostic.Severity.ERROR;
            case MANDATORY_WARNING -> fi.seloste.index.diagnostic.Severity.MANDATORY_WARNING;
            case WARNING -> fi.seloste.index.diagnostic.Severity.WARNING;
            default -> fi.seloste.index.diagnostic.Severity.NOTE;
        };
    }

    /** @return the message template, with {@code %s} for the subject and details */
    @Override
    public String template() {
        return template;
    }

}
