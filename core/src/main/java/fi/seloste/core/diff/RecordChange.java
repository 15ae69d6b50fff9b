package fi.seloste.core.diff;

/**
 * One difference between two releases' records, language-neutral, so the change log can say it in every language:
 * what kind of thing changed in which register, and its state before and after.
 *
 * @param register the register id
 * @param subject what kind of thing it is
 * @param kind added, removed or changed
 * @param key its key in the register: {@code className#field} for a field, the key or free text of a purpose, the
 *     recipient's key for a recipient or transfer, the register id for a register
 * @param before the record's entry before (a field, purpose, recipient or register), or {@code null} when added
 * @param after the entry after, or {@code null} when removed
 */
public record RecordChange(String register, Subject subject, Kind kind, String key, Object before, Object after) {

    /** What kind of thing changed, in the order the change log lists them. */
    public enum Subject {
        /** A whole register. */
        REGISTER,
        /** A purpose with its legal facts. */
        PURPOSE,
        /** A field, for anything but its retention. */
        FIELD,
        /** A field's retention. */
        RETENTION,
        /** A recipient. */
        RECIPIENT,
        /** A transfer outside the EU/EEA. */
        TRANSFER
    }

    /** Whether it appeared, disappeared or changed. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }
}
