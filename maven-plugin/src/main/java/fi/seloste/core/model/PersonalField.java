package fi.seloste.core.model;

import java.util.List;

/**
 * A field of the application that holds personal data, as read from an index.
 *
 * @param className binary name of the declaring class
 * @param field the field name
 * @param javaType the declared Java type
 * @param label the human name of the data, or the field name when none was given
 * @param purposes why it is processed
 * @param sources where it comes from
 * @param retention how long it is kept
 * @param sourceFile the source file relative to its root, or {@code null}
 * @param line the line of the declaration, or {@code 0}
 */
public record PersonalField(
        String className,
        String field,
        String javaType,
        String label,
        List<String> purposes,
        List<String> sources,
        RetentionRule retention,
        String sourceFile,
        int line) {

    public PersonalField {
        purposes = List.copyOf(purposes);
        sources = List.copyOf(sources);
    }
}
