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
    FREE_TEXT_FACT_IN_CATALOGUE_MODE("SELOSTE-P112", Kind.ERROR,
            "@%s on %s sets %s, but this project declares its purposes with @Purpose, and in a project with @Purpose the "
                    + "basis belongs on the @Purpose constant (basis, legitimateInterest, law, lawSv, lawEn, directMarketing; "
                    + "sources: kind = SourceKind.THIRD_PARTY on the @Source constant). Remove %s here and declare it there"),
    LOCAL_CLASS_FIELD("SELOSTE-P113", Kind.ERROR,
            "@PersonalData on %s: javac does not show local or anonymous classes to annotation processors, so this "
                    + "field cannot be listed in the record. Move it into a member or top-level class, for example a "
                    + "nested record of the enclosing class instead of a record declared in a method"),
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
    REGISTER_ID_RESERVED("SELOSTE-P134", Kind.ERROR,
            "@Register on %s has id 'default', which is reserved for the fields that name no register. Choose another "
                    + "id, such as id = \"customers\""),
    SOURCE_WITHOUT_KIND("SELOSTE-P135", Kind.ERROR,
            "@Source on %s does not say who the source is. Add kind = SourceKind.THIRD_PARTY (or DATA_SUBJECT, OBSERVED): "
                    + "only third-party sources make the notice tell where the data came from (GDPR Art. 14)"),
    COUNTRY_UNKNOWN("SELOSTE-P136", Kind.ERROR,
            "@Recipient on %s has country '%s', which is not an ISO 3166-1 alpha-2 country code.%s Write the country's "
                    + "two capital letters, such as country = \"US\" or country = \"SE\""),
    SAFEGUARD_INSIDE_EEA("SELOSTE-P137", Kind.ERROR,
            "@Recipient on %s: %s (%s) is in the EU/EEA: sending data there is not a transfer, so it needs no safeguard. "
                    + "Remove safeguard = TransferSafeguard.%s"),
    SAFEGUARD_DOES_NOT_FIT("SELOSTE-P138", Kind.ERROR,
            "@Recipient on %s sends data to %s (%s) under TransferSafeguard.%s, but %s. Use %s"),
    SAFEGUARD_WITHOUT_COUNTRY("SELOSTE-P139", Kind.ERROR,
            "@Recipient on %s names safeguard TransferSafeguard.%s but no country. Add the country the data goes to as an "
                    + "ISO 3166-1 alpha-2 code, such as country = \"US\", or remove the safeguard"),
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
            "@Recipient on %s sends data to '%s', outside the EU/EEA, without a safeguard. Add safeguard = %s"),
    BASIS_MISSING("SELOSTE-P145", Kind.ERROR,
            "@PersonalData on %s names no legal basis (GDPR Art. 6(1)) for its purposes, and the notice must state one. "
                    + "Add basis = LegalBasis.CONTRACT (or the basis that applies) to @PersonalData, or to "
                    + "@PersonalDataDefaults/@Register of the class or package"),
    BASIS_TWICE("SELOSTE-P146", Kind.ERROR,
            "@%s on %s gives %d legal bases (%s); each annotation states one. Keep the one that applies, such as "
                    + "basis = LegalBasis.%s, and give the fields with another basis their own @PersonalData(basis = ...)"),
    FREE_TEXT_LEGITIMATE_INTEREST_UNDESCRIBED("SELOSTE-P147", Kind.ERROR,
            "%s relies on legitimate interests (GDPR Art. 6(1)(f), basis on %s) but does not describe them. Add "
                    + "legitimateInterest = \"...\", saying whose interest it is and why the processing is needed, next to "
                    + "that basis or to the @PersonalData"),
    FREE_TEXT_LEGITIMATE_INTEREST_OF_AUTHORITY("SELOSTE-P148", Kind.ERROR,
            "%s belongs to register '%s', kept by a public authority, but relies on legitimate interests (Art. 6(1)(f), "
                    + "basis on %s), which GDPR Art. 6(1) denies to authorities performing their tasks. Use "
                    + "basis = LegalBasis.PUBLIC_TASK or LEGAL_OBLIGATION"),
    SOURCE_KIND_MISSING("SELOSTE-P149", Kind.ERROR,
            "@PersonalData on %s names source '%s' in free text but does not say who that source is. Add "
                    + "sourceKind = SourceKind.DATA_SUBJECT (or THIRD_PARTY, OBSERVED) to @PersonalData, or to "
                    + "@PersonalDataDefaults of the class or package; or use a Sources constant or a @Source of your own"),
    UNDECLARED_PERSONAL_FIELD("SELOSTE-P150", Kind.ERROR,
            "%s looks like personal data: %s, but has neither @PersonalData nor @NotPersonalData. Declare it: "
                    + "@PersonalData(purpose = ..., retention = ..., source = ...), or opt out: "
                    + "@NotPersonalData(reason = \"...\"). (-Aseloste.undeclared=warning reports this as a warning)"),
    UNDECLARED_PERSONAL_FIELD_WARNING("SELOSTE-P151", Kind.MANDATORY_WARNING,
            "%s looks like personal data: %s, but has neither @PersonalData nor @NotPersonalData. Declare it: "
                    + "@PersonalData(purpose = ..., retention = ..., source = ...), or opt out: "
                    + "@NotPersonalData(reason = \"...\"). seloste:check will fail on it"),
    UNDECLARED_FIELD_STRICT("SELOSTE-P152", Kind.ERROR,
            "%s says neither whether it is personal data nor that it is not, and strict mode (-Aseloste.undeclared=strict) "
                    + "asks every stored field of %s to say so, because it holds personal data (%s). Declare it: "
                    + "@PersonalData(purpose = ..., retention = ..., source = ...), or opt out: "
                    + "@NotPersonalData(reason = \"...\"). The key, the version, audit timestamps and links to classes "
                    + "without personal data need neither"),
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
    CLASS_PATH_INDEX_UNREADABLE("SELOSTE-P805", Kind.MANDATORY_WARNING,
            "the personal-data index in %s on the class path could not be read (%s), so the registers, purposes and "
                    + "vocabulary entries it declares are not known in this compilation. Rebuild that module with this "
                    + "version of seloste-processor"),
    METAMODEL_CLASS_TOO_LARGE("SELOSTE-P806", Kind.ERROR,
            "the metamodel %s is not written: class %s has %s personal fields, and one generated class holds at most %s "
                    + "(javac refuses a static initialiser over 64 KB). Split the class into smaller ones (embeddables or "
                    + "related entities), or turn the metamodel off by removing -Aseloste.metamodel=true"),
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
