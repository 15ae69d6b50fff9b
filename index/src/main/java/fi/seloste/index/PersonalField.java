package fi.seloste.index;

import fi.seloste.SourceKind;
import java.util.List;
import java.util.Map;

/**
 * One field that holds personal data, with every fact resolved by the processor (its own annotation first, then
 * the defaults of its classes, package and register): an entry of the index's {@code fields}.
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
 * @param specialCondition the field's own Art. 9(2) condition, a {@link fi.seloste.SpecialCategoryCondition} name,
 *     or {@code null}
 * @param identityCodeGround the tietosuojalaki 29 § ground, an {@link fi.seloste.IdentityCodeGround} name, or
 *     {@code null}
 * @param lawfulness the legal facts of free-text purposes, or {@code null} in catalogue mode (a {@link Purpose}
 *     carries them)
 * @param sourceKind who the free-text sources are, or {@code null} in catalogue mode (a source {@link Term} says)
 * @param sourceFile the source file relative to its source root, or {@code null}
 * @param line the declaration's line, or 0
 * @param origin where the entry was read from ({@code group:artifact:version} or a path); set by
 *     {@link IndexReader}, never written; {@code null} for an entry made by the processor
 */
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
        Lawfulness lawfulness,
        SourceKind sourceKind,
        String sourceFile,
        int line,
        String origin) {

    /** The order of entries in the index: by class, then by field. */
    public static final java.util.Comparator<PersonalField> ORDER =
            java.util.Comparator.comparing(PersonalField::className).thenComparing(PersonalField::field);

    /** Lists and labels left out (they were empty when written) are empty, never null; none can change. */
    public PersonalField {
        labels = Records.map(labels);
        purposes = Records.list(purposes);
        sources = Records.list(sources);
        categories = Records.list(categories);
        subjects = Records.list(subjects);
        recipients = Records.list(recipients);
    }

    /** @return the key that names the entry in an index: {@code className#field} */
    public String key() {
        return className + "#" + field;
    }

    /**
     * @param language a language code
     * @return the label in that language, or {@code null} when it has none
     */
    public String label(String language) {
        return labels.get(language);
    }

    /** @return the Finnish label, else the first label by language, else the field name: for messages and the record */
    public String anyLabel() {
        if (labels.containsKey("fi")) {
            return labels.get("fi");
        }
        return labels.values().stream().sorted().findFirst().orElse(field);
    }

    /**
     * @param origin where the entry was read from
     * @return this entry, read from {@code origin}
     */
    public PersonalField from(String origin) {
        return new PersonalField(className, field, declaredIn, javaType, register, labels, purposes, sources,
                categories, subjects, recipients, retention, special, specialCondition, identityCodeGround, lawfulness, sourceKind,
                sourceFile,
                line, origin);
    }

    /**
     * @param className the entity that reaches the field
     * @param field the field's name or path in that entity
     * @param declaredIn the mapped superclass or embeddable that declares it
     * @return the same facts, as the entity's copy of a field it inherits or embeds
     */
    public PersonalField reachedFrom(String className, String field, String declaredIn) {
        return new PersonalField(className, field, declaredIn, javaType, register, labels, purposes, sources,
                categories, subjects, recipients, retention, special, specialCondition, identityCodeGround, lawfulness, sourceKind,
                sourceFile,
                line, origin);
    }
}
