package fi.seloste.processor.model;

/**
 * An entry of the index's {@code fields} list, whether resolved in this compilation ({@link PersonalField}) or
 * kept as written by an earlier one; entries are sorted by class, then field.
 */
public interface IndexEntry {

    /** The order of entries in the index: by class, then by field. */
    java.util.Comparator<IndexEntry> ORDER = java.util.Comparator.comparing(IndexEntry::className)
            .thenComparing(IndexEntry::field);

    /** @return binary name of the class the entry belongs to */
    String className();

    /** @return the field name or path */
    String field();

    /** @return the key that identifies the entry in the index */
    default String key() {
        return className() + "#" + field();
    }
}
