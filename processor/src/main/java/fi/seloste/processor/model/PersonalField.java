package fi.seloste.processor.model;

import java.util.List;

/**
 * One field that holds personal data, with every fact the index records about it.
 *
 * @param className the binary name of the declaring class, as in its bytecode ({@code a.b.Outer$Inner})
 * @param field the field name
 * @param javaType the field's declared type
 * @param label the human name for the data-content list, or {@code null} to use the field name
 * @param purposes why the data is processed, in declaration order
 * @param sources where the data comes from, in declaration order
 * @param retention how long it is kept
 * @param sourceFile the source file relative to the source root, or {@code null} when unknown
 * @param line the line of the field declaration, or {@code 0} when unknown
 */
public record PersonalField(
        String className,
        String field,
        String javaType,
        String label,
        List<String> purposes,
        List<String> sources,
        Retention retention,
        String sourceFile,
        int line) {

    /**
     * How long a field is kept.
     *
     * @param period the ISO-8601 period, such as {@code P4M}
     * @param from the event the period runs from, a {@link fi.seloste.RetentionTrigger} name
     */
    public record Retention(String period, String from) {}
}
