package fi.seloste.core.diagnostic;

import fi.seloste.index.diagnostic.Severity;

/**
 * The catalogue of problems the plugin reports, each with a stable id that users can look up in
 * {@code docs/errors.md}; every message says where the problem is, what is wrong and how to fix it. An
 * {@link Severity#ERROR} fails the build; a {@link Severity#WARNING} (ids {@code SELOSTE-M6xx}, and M718 among the
 * organisation record's {@code SELOSTE-M7xx}) is logged and points
 * at something a DPO should look at. The text comes from the one formatting mechanism shared with the processor's
 * catalogue, {@link fi.seloste.index.diagnostic.Diagnostic#format}.
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
            "parameter <%s> has no <email>, <phone> or <web>. Add at least one so people can reach %s, "
                    + "for example: <email>tietosuoja@example.fi</email>"),
    REGISTER_NAME_MISSING("SELOSTE-M205",
            "parameter <registerName> is missing, but %s fields (such as %s) belong to no @Register, so the notice "
                    + "needs a name for their register. Add <registerName>Asiakaspalvelu-chatin rekisteri</registerName>, set "
                    + "-Dseloste.registerName=..., or attach the classes to a @Register"),
    LANGUAGE_UNSUPPORTED("SELOSTE-M206",
            "parameter <languages> asks for '%s', which seloste cannot write yet. Available: %s. "
                    + "Example: <languages><language>fi</language></languages>"),
    CONTROLLER_UNREACHABLE("SELOSTE-M207",
            "parameter <controller> has no <address>, <email>, <phone> or <web>: a notice must give the controller's "
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
            "parameter <changes><change><date> or <noticeDate> is '%s', not a date such as 2026-02-13"),
    SECURITY_MEASURE_MISPLACED("SELOSTE-M230",
            "parameter <%s> names measure '%s', which does not apply to %s. Move it to <%s>"),
    PRACTICE_UNDECLARED("SELOSTE-M217",
            "register '%s' (%s): the notice must say whether %s, but nothing declares it, and seloste states no "
                    + "negative nobody declared. %s"),
    PRACTICE_CONTRADICTED("SELOSTE-M218",
            "register '%s' declares that it has no %s (%s), but %s. Remove the declaration, or correct the other one"),
    PRACTICE_UNKNOWN("SELOSTE-M219",
            "parameter <none> names '%s', which is not a practice. Use regular-disclosures, transfers or "
                    + "automated-decisions, for example <none><practice>transfers</practice></none>"),
    REGISTER_EMPTY("SELOSTE-M220",
            "register '%s' (%s) has no personal fields, so it would be left out of the record and get no notice. "
                    + "Attach its fields with @PersonalData(register = \"%s\") or @PersonalDataDefaults(register = "
                    + "\"%s\"), or remove the @Register"),
    REGISTER_ID_RESERVED("SELOSTE-M221",
            "%s uses the register id 'default', which is reserved for the fields that name no register (their name "
                    + "comes from <registerName>). Rename the @Register id"),
    BASIS_UNDECLARED("SELOSTE-M222",
            "%s.%s (%s) has the free-text purpose '%s' without a legal basis, so the notice cannot name one. Add "
                    + "basis = LegalBasis.… to its @PersonalData, @PersonalDataDefaults or @Register and rebuild that module"),
    SOURCE_KIND_UNDECLARED("SELOSTE-M223",
            "source '%s' (%s) does not say who it is, so the notice cannot tell whether the data come from the data "
                    + "subject (Art. 13) or from elsewhere (Art. 14). Add kind = SourceKind.DATA_SUBJECT, THIRD_PARTY or "
                    + "OBSERVED to its @Source (or sourceKind to the @PersonalData that writes it) and rebuild that module"),
    COUNTRY_INVALID("SELOSTE-M224",
            "recipient '%s' (%s) names country '%s', %s. Fix @Recipient(country = …, safeguard = …) and rebuild that module"),
    REGISTERS_TOO_MANY("SELOSTE-M225",
            "the indexes of this run declare %s registers, more than the %s one run writes (each register adds a notice "
                    + "per language). The most come from: %s. An organisation has tens of registers: remove the dependency "
                    + "that declares so many (mvn dependency:tree shows where it comes from), or merge registers"),
    PROBLEMS_OMITTED("SELOSTE-M226",
            "and %s more problems, not listed: the first %s are. Fix those and build again"),
    LINK_REFUSED("SELOSTE-M227",
            "parameter <%s>: %s is a symbolic link, which seloste does not follow (a link could bring a file from outside "
                    + "the project into the documents or the build log). Replace the link with the file itself"),
    TEMPLATE_DIRECTORY_MISSING("SELOSTE-M228",
            "parameter <templateDirectory> (-Dseloste.templateDirectory) is %s, which %s, so no template of your own "
                    + "would be used. Fix the path, or remove the parameter to use the built-in templates"),
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
    INDEX_FOREIGN_CLASSES("SELOSTE-M311",
            "the index of %s describes classes that are not in it: %s. An index speaks only for the classes of the jar or "
                    + "class folder that carries it, so these entries are left out. Rebuild that artifact with "
                    + "seloste-processor, or remove the dependency if you do not trust it"),
    INDEX_PROBLEMS_OMITTED("SELOSTE-M312",
            "the personal-data index %s has %s more problems, not listed: the first %s are. The index is damaged or "
                    + "hostile: rebuild it with ./mvnw clean compile, or remove that dependency"),
    LOCAL_CLASS_NOT_INDEXED("SELOSTE-M313",
            "%s has @PersonalData on fields of local or anonymous classes: %s. javac never shows such classes to "
                    + "annotation processors, so they cannot be listed in the record, and rebuilding does not help. Move "
                    + "each field into a member or top-level class (a record declared in a method becomes a nested "
                    + "record of its class); compiled with javac, seloste-processor reports it at the field (SELOSTE-P113)"),
    CLASS_FILE_UNREADABLE("SELOSTE-M314",
            "%s has class files that are not well-formed, so whether they carry @PersonalData cannot be checked: %s. "
                    + "Rebuild cleanly (./mvnw clean verify); if they come from a dependency, rebuild or replace that "
                    + "dependency"),
    OUTPUT_NOT_WRITABLE("SELOSTE-M401",
            "cannot write %s: %s. Check parameter <outputDirectory> (-Dseloste.outputDirectory) points to a writable "
                    + "directory"),
    TEMPLATE_FAILED("SELOSTE-M402",
            "template %s could not be rendered%s: %s. If it is your own, in parameter <templateDirectory> "
                    + "(-Dseloste.templateDirectory), fix it or delete it to use the built-in one; otherwise report this "
                    + "as a seloste bug"),
    OUTPUT_LINK("SELOSTE-M403",
            "cannot write into %s: %s is a symbolic link, and seloste writes only into a real directory of its own. "
                    + "Remove the link, or point parameter <outputDirectory> (-Dseloste.outputDirectory) elsewhere"),
    UNDECLARED_FIELD("SELOSTE-M501",
            "%s.%s%s looks like personal data (%s) but is not declared (from %s). Declare it with @PersonalData or opt "
                    + "out with @NotPersonalData(reason = \"...\")"),
    DRIFT("SELOSTE-M502",
            "%s differs from what the code generates now:%n%s%nRefresh the committed notices with: %s"),
    COMMITTED_MISSING("SELOSTE-M503",
            "%s is missing: the code generates it, but it is not committed. Create it with: %s"),
    COMMITTED_LINK("SELOSTE-M504",
            "%s is a symbolic link: check compares only regular files and never reads through a link (it could print "
                    + "a file from outside the project, or point at the generated documents and pass every time). Replace "
                    + "it with the document itself: %s"),
    COMMITTED_STALE("SELOSTE-M505",
            "%s is committed, but the code no longer generates it (a register or a language was removed). Delete it "
                    + "with: %s"),
    CHANGE_ENTRY_MISSING("SELOSTE-M506",
            "register '%s' changed since the previous release %s, but the notice's change history does not say so:%s%n"
                    + "Add an entry%s to the seloste-maven-plugin configuration (review the wording):%n%s%n"
                    + "or let seloste write these entries: <changesFromDiff>true</changesFromDiff> (-Dseloste.changesFromDiff)"),
    SPECIAL_WITHOUT_DPO(Severity.WARNING, "SELOSTE-M601",
            "register '%s' processes special categories of data (%s), but no <dpo> is configured. A controller whose "
                    + "core activity is large-scale processing of such data must designate a data protection officer "
                    + "(GDPR Art. 37(1)(c)). Add <dpo> with <name> and <email>, or ignore this if it does not apply"),
    TRACKER_WITHOUT_TRANSFER(Severity.WARNING, "SELOSTE-M602",
            "the %s text names %s, a service that sends data to %s, but register '%s' declares no recipient in that "
                    + "country. Declare it as a @Recipient with country and safeguard, or reword the text"),
    BASIS_WITHOUT_LAW(Severity.WARNING, "SELOSTE-M603",
            "purpose '%s' (%s) relies on %s, which must be laid down by law (GDPR Art. 6(3)), but names no law. Add "
                    + "law = \"…\" (lawSv, lawEn) to its @Purpose, or basisLaw to the @PersonalData, so the notice can cite it"),
    UNDECLARED_IN_NOTICE(Severity.WARNING, "SELOSTE-M604",
            "register '%s': %s field(s) look personal but are not declared (such as %s); the documents are written with "
                    + "them listed as undeclared. Declare them with @PersonalData or opt out with @NotPersonalData(reason = …)"),
    // SELOSTE-M7xx: the organisation's record (issue 16): published records, exports, change logs
    OUTPUT_TIMESTAMP_INVALID("SELOSTE-M701",
            "property project.build.outputTimestamp is '%s', which is neither a date and time such as "
                    + "2026-02-13T08:00:00Z nor seconds since 1970, so the zip of the documents cannot be dated "
                    + "reproducibly. Fix <project.build.outputTimestamp> in the POM's <properties>"),
    RECORD_UNREADABLE("SELOSTE-M710",
            "the record %s cannot be read: %s. It must be a register.json that seloste:generate or seloste:aggregate "
                    + "wrote; republish it from its project with ./mvnw install (or deploy)"),
    RECORD_VERSION_UNSUPPORTED("SELOSTE-M711",
            "the record %s has schemaVersion %s, but this plugin reads version %s. Republish it with this seloste "
                    + "version, or build the organisation record with the seloste version that wrote it"),
    RECORD_ENTRY_INVALID("SELOSTE-M712",
            "the record %s has an invalid %s: %s. It was changed after seloste wrote it, or written by another tool; "
                    + "republish it from its project with ./mvnw install (or deploy)"),
    RECORD_COORDINATES_INVALID("SELOSTE-M713",
            "parameter <records> names '%s', which is not groupId:artifactId:version. Write for example "
                    + "<records><record>com.example:chat:1.4.0</record></records>"),
    RECORD_UNRESOLVABLE("SELOSTE-M714",
            "the record of %s (%s) cannot be resolved: %s. Publish it from that project with ./mvnw install or deploy "
                    + "(seloste:generate attaches it unless seloste.attach is false), or check the version and the "
                    + "repositories this project can reach"),
    RECORD_CONFLICT("SELOSTE-M715",
            "%s is declared differently in %s and in %s: %s. Build both applications against the same declaration "
                    + "(the same catalogue version) and republish them, or give one of them another key"),
    RECORDS_NONE("SELOSTE-M716",
            "seloste:organisation has no records to aggregate. Name them with <records><record>com.example:chat:1.4.0"
                    + "</record></records>, or add dependencies of <type>json</type> with <classifier>seloste-record"
                    + "</classifier>"),
    RECORD_PURPOSE_AMBIGUOUS("SELOSTE-M717",
            "the record %s lists the free-text purpose '%s' with %s different legal bases, so which one %s has cannot "
                    + "be told. Declare the purposes with @Purpose in that application (or word them apart) and republish it"),
    RECORD_OTHER_CONTROLLER(Severity.WARNING, "SELOSTE-M718",
            "the record %s was written for the controller %s, but this organisation record is written for %s "
                    + "(<controller>). Check that the application belongs to this controller: the organisation record "
                    + "names only the configured one"),
    EXPORT_UNKNOWN("SELOSTE-M720",
            "parameter <exports> names '%s', which is not an export. Use %s, or none: for example "
                    + "<exports><export>dpv</export><export>fides</export></exports> or -Dseloste.exports=none"),
    DIFF_RECORD_MISSING("SELOSTE-M730",
            "there is no record at %s to compare with the previous release's. Run seloste:diff after seloste:generate "
                    + "or seloste:aggregate (both write it; bind diff to package or later), or set <record> "
                    + "(-Dseloste.diff.record) to the register.json to compare"),
    DIFF_PREVIOUS_TWICE("SELOSTE-M731",
            "parameters <previous> (%s) and <previousRecord> (%s) both name the previous release's record. Keep one: "
                    + "<previous> resolves a published version, <previousRecord> reads a file"),
    HISTORY_UNDATED("SELOSTE-M732",
            "parameter <changesFromDiff> adds this release's changes since %s to the notices' change history, dated "
                    + "with the notice date, but %s. Set this release's date: <noticeDate>2026-03-01</noticeDate> "
                    + "(-Dseloste.noticeDate=2026-03-01), or add this release's <change> to <changes>"),
    PREVIOUS_MISSING("SELOSTE-M733",
            "parameter <%s> compares with the previous release, but none is named. Set <previous> (-Dseloste.diff.previous) "
                    + "to its version, such as <previous>1.3.0</previous> or a range such as [0,1.4.0), or "
                    + "<previousRecord> (-Dseloste.diff.previousRecord) to its register.json");

    private final Severity severity;
    private final String id;
    private final String template;

    Diagnostic(String id, String template) {
        this(Severity.ERROR, id, template);
    }

    Diagnostic(Severity severity, String id, String template) {
        this.severity = severity;
        this.id = id;
        this.template = template;
    }

    /** @return the stable id, such as {@code SELOSTE-M201} */
    @Override
    public String id() {
        return id;
    }

    /** @return whether it fails the build ({@link Severity#ERROR}) or is logged ({@link Severity#WARNING}) */
    @Override
    public Severity severity() {
        return severity;
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
