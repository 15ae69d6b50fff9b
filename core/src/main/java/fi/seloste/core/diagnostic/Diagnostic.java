package fi.seloste.core.diagnostic;

import fi.seloste.index.diagnostic.Severity;

/**
 * The catalogue of problems the plugin reports, each with a stable id that users can look up in
 * {@code docs/errors.md}; every message says where the problem is, what is wrong and how to fix it. Every one fails
 * the build, so each is an {@link Severity#ERROR}; the text comes from the one formatting mechanism shared with the
 * processor's catalogue, {@link fi.seloste.index.diagnostic.Diagnostic#format}.
 */
public enum Diagnostic implements fi.seloste.index.diagnostic.Diagnostic {
    CONTROLLER_NAME_MISSING("SELOSTE-M201",
            "parameter <controller><name> is missing: a notice must name the controller (rekisterinpitäjä). Add to the "
                    + "seloste-maven-plugin configuration:%n"
                    + "  <controller>%n    <name>Example Oy</name>%n    <businessId>1234567-1</businessId>%n"
                    + "    <address>Katu 1, 00100 Helsinki</address>%n    <email>tietosuoja@example.fi</email>%n  </controller>"),
    BUSINESS_ID_INVALID("SELOSTE-M202",
            "parameter <controller><businessId> is '%s', which is not a valid Y-tunnus (business ID): %s. "
                    + "Write seven digits, a hyphen and the check digit, such as <businessId>1234567-1</businessId>"),
    CONTACT_NAME_MISSING("SELOSTE-M203",
            "parameter <%s> has no <name>. Add the person or role readers should contact, for example:%n"
                    + "  <%s>%n    <name>Tietosuojavastaava</name>%n    <email>tietosuoja@example.fi</email>%n  </%s>"),
    CONTACT_UNREACHABLE("SELOSTE-M204",
            "parameter <%s> has neither <email> nor <phone>. Add at least one so people can reach %s, "
                    + "for example: <email>tietosuoja@example.fi</email>"),
    REGISTER_NAME_MISSING("SELOSTE-M205",
            "parameter <registerName> is missing, but %s fields (such as %s) belong to no @Register, so the notice "
                    + "needs a name for their register. Add <registerName>Asiakaspalvelu-chatin rekisteri</registerName>, set "
                    + "-Dseloste.registerName=..., or attach the classes to a @Register"),
    LANGUAGE_UNSUPPORTED("SELOSTE-M206",
            "parameter <languages> asks for '%s', which seloste cannot write yet. Available: %s. "
                    + "Example: <languages><language>fi</language></languages>"),
    CONTROLLER_UNREACHABLE("SELOSTE-M207",
            "parameter <controller> has no <address>, <email> or <phone>: a notice must give the controller's "
                    + "contact details. Add for example <email>tietosuoja@example.fi</email> inside <controller>"),
    FREE_TEXT_UNTRANSLATABLE("SELOSTE-M209",
            "the %s '%s' is free text written in Finnish, so it cannot appear in the '%s' notice. Declare purposes with "
                    + "@Purpose and sources with @Source (fi, sv, en), or set <languages> to fi only"),
    TRANSLATION_MISSING("SELOSTE-M210",
            "the %s '%s' has no '%s' text. Add it: %s"),
    SECURITY_MEASURE_UNKNOWN("SELOSTE-M211",
            "parameter <%s> names measure '%s', which seloste does not know. Use one of: %s; describe anything "
                    + "else in <securityText>"),
    UNKNOWN_KEY("SELOSTE-M212",
            "a field refers to %s '%s', which no index declares. Rebuild the module that declares it, or add the "
                    + "dependency that carries its declaration"),
    TEXT_UNREADABLE("SELOSTE-M213",
            "parameter <textDirectory>: cannot read %s: %s. Check the file exists and is UTF-8"),
    INVALID_REGISTER_ID("SELOSTE-M214",
            "register id '%s' from %s is not a safe file name (lower-case letters, digits and hyphens, starting with a "
                    + "letter). Fix the @Register id and rebuild that module"),
    PUBLIC_AUTHORITY_LEGITIMATE_INTEREST("SELOSTE-M215",
            "parameter <publicAuthority> is true, but purpose '%s' (%s) relies on legitimate interests (Art. 6(1)(f)), "
                    + "which GDPR Art. 6(1) denies to public authorities for their tasks. Use LegalBasis.PUBLIC_TASK or "
                    + "LEGAL_OBLIGATION in that @Purpose"),
    INVALID_DATE("SELOSTE-M216",
            "parameter <changes><change><date> is '%s', not a date such as 2026-02-13"),
    OUTPUT_TIMESTAMP_INVALID("SELOSTE-M208",
            "parameter <outputTimestamp> (project.build.outputTimestamp) is %s. Fix the property, or remove it to "
                    + "write documents without a date"),
    INDEX_MISSING("SELOSTE-M301",
            "no personal-data index at %s. Compile first (./mvnw compile seloste:generate) and make sure "
                    + "seloste-processor runs: add it to maven-compiler-plugin's <annotationProcessorPaths>:%n"
                    + "  <path>%n    <groupId>fi.seloste</groupId>%n    <artifactId>seloste-processor</artifactId>%n"
                    + "    <version>%s</version>%n  </path>"),
    INDEX_UNREADABLE("SELOSTE-M302",
            "the personal-data index %s cannot be read: %s. Rebuild it with ./mvnw clean compile; if it comes from a "
                    + "dependency, rebuild or upgrade that dependency"),
    INDEX_VERSION_UNSUPPORTED("SELOSTE-M303",
            "the personal-data index %s has schemaVersion %s, but this plugin reads version %s. Use the same "
                    + "seloste version for seloste-processor and seloste-maven-plugin"),
    INDEX_ENTRY_INVALID("SELOSTE-M304",
            "the personal-data index %s has an invalid entry for %s: %s. Rebuild with ./mvnw clean compile"),
    CONFLICTING_DEFINITION("SELOSTE-M305",
            "%s '%s' is defined differently in %s and in %s. Make the declarations identical, or give one of them "
                    + "another key"),
    DUPLICATE_CLASS("SELOSTE-M306",
            "class %s is indexed both in %s and in %s: the same class is on the class path twice. Remove one of the "
                    + "artifacts (mvn dependency:tree shows where they come from)"),
    INDEX_INCOMPLETE("SELOSTE-M307",
            "the index of %s misses classes whose bytecode carries @PersonalData: %s. The index is incomplete, typically "
                    + "after an IDE or partial compile. Rebuild cleanly: ./mvnw clean verify"),
    INDEX_STALE("SELOSTE-M308",
            "the index of %s lists classes that no longer exist: %s. The index is stale, typically after a class was "
                    + "deleted or renamed. Rebuild cleanly: ./mvnw clean verify"),
    DEPENDENCY_WITHOUT_INDEX("SELOSTE-M309",
            "dependency %s has classes with @PersonalData (%s) but no personal-data index, so its fields would be "
                    + "missing from the record. Build it with seloste-processor on its annotationProcessorPaths"),
    INDEX_OUTDATED("SELOSTE-M310",
            "the index of %s lists personal fields of classes whose bytecode no longer carries @PersonalData: %s. The "
                    + "index is outdated, typically after a per-file or IDE compile of a class whose last @PersonalData was "
                    + "removed (javac does not run seloste-processor for it). Rebuild cleanly: ./mvnw clean verify"),
    OUTPUT_NOT_WRITABLE("SELOSTE-M401",
            "cannot write %s: %s. Check parameter <outputDirectory> (-Dseloste.outputDirectory) points to a writable "
                    + "directory"),
    TEMPLATE_FAILED("SELOSTE-M402",
            "template %s could not be rendered%s: %s. If it is your own, in parameter <templateDirectory> "
                    + "(-Dseloste.templateDirectory), fix it or delete it to use the built-in one; otherwise report this "
                    + "as a seloste bug"),
    UNDECLARED_FIELD("SELOSTE-M501",
            "%s.%s%s looks like personal data (%s) but is not declared (from %s). Declare it with @PersonalData or opt "
                    + "out with @NotPersonalData(reason = \"...\")"),
    DRIFT("SELOSTE-M502",
            "%s differs from what the code generates now:%n%s%nRefresh the committed notices with: %s"),
    COMMITTED_MISSING("SELOSTE-M503",
            "%s is missing: the code generates it, but it is not committed. Create it with: %s");

    private final String id;
    private final String template;

    Diagnostic(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** @return the stable id, such as {@code SELOSTE-M201} */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link Severity#ERROR}: every problem the plugin reports fails the build */
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /** @return the message template, with {@code %s} placeholders */
    @Override
    public String template() {
        return template;
    }

    /**
     * @param args values for the placeholders
     * @return a problem carrying the formatted, id-prefixed message
     */
    public Problem problem(Object... args) {
        return new Problem(this, format(args));
    }
}
