package fi.seloste.core.model;

import java.util.List;
import java.util.Map;

/**
 * A field of the application that holds personal data, as read from an index, with every fact resolved
 * by the processor and the place it came from.
 *
 * @param className binary name of the class the entry belongs to
 * @param field the field name, or a path such as {@code home.street}
 * @param declaredIn the class that declares the field when it is inherited or embedded, else {@code null}
 * @param javaType the declared Java type
 * @param register the register id, or {@code null} for the module's default register
 * @param labels the labels by language (may be empty: the field name is shown then)
 * @param purposes purpose keys or free texts
 * @param sources source keys or free texts
 * @param categories data-category keys
 * @param subjects data-subject keys
 * @param recipients recipient keys
 * @param retention how long it is kept
 * @param special whether it is special-category data
 * @param specialCondition the field's own Art. 9(2) condition name, or {@code null}
 * @param identityCodeGround the tietosuojalaki 29 § ground name, or {@code null}
 * @param sourceFile the source file relative to its root, or {@code null}
 * @param line the line of the declaration, or {@code 0}
 * @param origin where the index came from: {@code group:artifact:version} or a path
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
        RetentionRule retention,
        boolean special,
        String specialCondition,
        String identityCodeGround,
        String sourceFile,
        int line,
        String origin) {

    public PersonalField {
        labels = Map.copyOf(labels);
        purposes = List.copyOf(purposes);
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
        subjects = List.copyOf(subjects);
        recipients = List.copyOf(recipients);
    }

    /**
     * @param language a language code
     * @return the label in that language, or {@code null} when it has none
     */
    public String label(String language) {
        return labels.get(language);
    }

    /** @return the Finnish label, else any label, else the field name: for messages and the record */
    public String anyLabel() {
        if (labels.containsKey("fi")) {
            return labels.get("fi");
        }
        return labels.values().stream().sorted().findFirst().orElse(field);
    }
}
