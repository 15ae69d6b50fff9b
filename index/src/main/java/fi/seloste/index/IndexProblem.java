package fi.seloste.index;

/**
 * Something wrong with an index, as {@link IndexReader} found it; the processor and the plugin each turn it into a
 * diagnostic of their own catalogue, with the index's origin.
 *
 * @param kind how bad it is
 * @param subject what it is about: the entry (such as {@code a.B.field} or {@code purpose 'care'}), the version
 *     found, or {@code null} for the whole index
 * @param detail what is wrong, in words
 */
public record IndexProblem(Kind kind, String subject, String detail) {

    /** How much of the index a problem costs. */
    public enum Kind {
        /** The index cannot be read at all: nothing of it is used. */
        UNREADABLE,
        /** The index has another format version: nothing of it is used. {@code subject} is the version found. */
        VERSION_UNSUPPORTED,
        /** One entry is invalid and left out; the others are read. */
        ENTRY_INVALID
    }
}
