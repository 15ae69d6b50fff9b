package fi.seloste.processor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One field that holds personal data, with every fact resolved: its own annotation first, then the
 * defaults of its classes, package and register.
 *
 * @param className binary name of the class the entry belongs to ({@code a.b.Outer$Inner})
 * @param field the field name, or a path such as {@code homeAddress.street} for embedded fields
 * @param declaredIn binary name of the class that declares the field, when it is not {@code className}
 *     (a mapped superclass or an embeddable), else {@code null}
 * @param javaType the field's declared type
 * @param register the register id, or {@code null} for the module's default register
 * @param labels the labels by language; empty to use the field name
 * @param purposes purpose keys (catalogue mode) or texts (free-text mode)
 * @param sources source keys or texts
 * @param categories data-category keys
 * @param subjects data-subject keys
 * @param recipients recipient keys
 * @param retention how long it is kept
 * @param special whether it is special-category data (Art. 9)
 * @param specialCondition the field's own Art. 9(2) condition, or {@code null}
 * @param identityCodeGround the tietosuojalaki 29 § ground, or {@code null}
 * @param sourceFile the source file relative to its source root, or {@code null}
 * @param line the declaration's line, or 0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PersonalField(
        String className,
        String field,
        String declaredIn,
        String javaType,
        String register,
        Map<String, String> labels,
        List<String> purposes,
        List<String> sources,
        List<String> categories,
        List<String> subjects,
        List<String> recipients,
        Retention retention,
        boolean special,
        String specialCondition,
        String identityCodeGround,
        String sourceFile,
        int line) implements IndexEntry {

    /**
     * How long a field is kept.
     *
     * @param period the ISO-8601 period, such as {@code P4M}, or {@code null} when criteria are given
     * @param from the event the period runs from, a {@link fi.seloste.RetentionTrigger} name
     * @param criteria the criteria deciding the time, or {@code null}
     * @param law the law that sets it, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Retention(String period, String from, String criteria, String law) {}

    /** Lists and labels left out of an index (they were empty when written) read back as empty, never null. */
    public PersonalField {
        labels = labels == null ? Map.of() : labels;
        purposes = purposes == null ? List.of() : purposes;
        sources = sources == null ? List.of() : sources;
        categories = categories == null ? List.of() : categories;
        subjects = subjects == null ? List.of() : subjects;
        recipients = recipients == null ? List.of() : recipients;
    }
}
