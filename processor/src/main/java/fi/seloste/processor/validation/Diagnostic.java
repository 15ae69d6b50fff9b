package fi.seloste.processor.validation;

import javax.tools.Diagnostic.Kind;

/**
 * The catalogue of everything the processor can report, each with a stable id that users can search
 * for in {@code docs/errors.md}; messages say what is wrong and how to fix it.
 */
public enum Diagnostic {
    PURPOSE_MISSING("SELOSTE-P101", Kind.ERROR,
            "@PersonalData on %s has a missing or blank purpose. Say why the data is processed, for example: "
                    + "@PersonalData(purpose = \"Answering customer questions in the chat\", ...)"),
    SOURCE_MISSING("SELOSTE-P102", Kind.ERROR,
            "@PersonalData on %s has a missing or blank source. Say where the data comes from, for example: "
                    + "@PersonalData(source = \"The customer in the chat\", ...)"),
    RETENTION_INVALID("SELOSTE-P103", Kind.ERROR,
            "@PersonalData on %s has an invalid retention: %s. Write an ISO-8601 period, for example "
                    + "retention = \"P4M\" (4 months), \"P90D\" (90 days) or \"P5Y\" (5 years)"),
    STATIC_FIELD("SELOSTE-P104", Kind.ERROR,
            "@PersonalData on %s: a static field belongs to no person. Move the annotation to the instance field "
                    + "that holds the personal data, or remove it"),
    BLANK_LABEL("SELOSTE-P105", Kind.ERROR,
            "@PersonalData on %s has a blank label. Remove label to use the field name, or write the name "
                    + "readers of the notice should see, for example: label = \"Puhelinnumero\""),
    INDEX_NOT_WRITTEN("SELOSTE-P801", Kind.ERROR,
            "could not write %s: %s. Run a clean build (./mvnw clean compile); if it persists, check that the "
                    + "class output directory is writable"),
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
    public String id() {
        return id;
    }

    /** @return how javac shows it */
    public Kind kind() {
        return kind;
    }

    /** @return the message template, with {@code %s} for the subject and details */
    public String template() {
        return template;
    }

    /**
     * @param args the subject (usually {@code Class.field}) and details
     * @return the full message, prefixed with the id
     */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(java.util.Locale.ROOT, template, args);
    }
}
