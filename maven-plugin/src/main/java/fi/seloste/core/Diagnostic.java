package fi.seloste.core;

import java.util.Locale;

/**
 * The catalogue of problems the plugin reports, each with a stable id that users can look up in
 * {@code docs/errors.md}; every message says where the problem is, what is wrong and how to fix it.
 */
public enum Diagnostic {
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
            "parameter <registerName> is missing: the notice must name the register (processing activity). Add "
                    + "<registerName>Asiakaspalvelu-chatin rekisteri</registerName> or set -Dseloste.registerName=..."),
    LANGUAGE_UNSUPPORTED("SELOSTE-M206",
            "parameter <languages> asks for '%s', which seloste cannot write yet. Available: %s. "
                    + "Example: <languages><language>fi</language></languages>"),
    CONTROLLER_UNREACHABLE("SELOSTE-M207",
            "parameter <controller> has no <address>, <email> or <phone>: a notice must give the controller's "
                    + "contact details. Add for example <email>tietosuoja@example.fi</email> inside <controller>"),
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
    OUTPUT_NOT_WRITABLE("SELOSTE-M401",
            "cannot write %s: %s. Check parameter <outputDirectory> (-Dseloste.outputDirectory) points to a writable "
                    + "directory");

    private final String id;
    private final String template;

    Diagnostic(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** @return the stable id, such as {@code SELOSTE-M201} */
    public String id() {
        return id;
    }

    /** @return the message template, with {@code %s} placeholders */
    public String template() {
        return template;
    }

    /**
     * @param args values for the placeholders
     * @return a problem carrying the formatted, id-prefixed message
     */
    public Problem problem(Object... args) {
        String text = String.format(Locale.ROOT, template, args).replace("\r\n", "\n");
        return new Problem(this, "[" + id + "] " + text);
    }
}
