package fi.seloste.index;

import java.util.Comparator;
import java.util.List;

/**
 * A field entry of an earlier index carried over byte for byte: an incremental build keeps the entries of every class
 * it does not compile, and copying their bytes, instead of reading each into a record and writing it again, is what
 * keeps a one-file recompile against a large index cheap in a cold {@code javac}. Only the members a merge needs are
 * read ({@link IndexReader#readKeepingFieldsVerbatim}); {@link #entry()} reads the whole entry when a step needs it.
 *
 * <p>The bytes are valid in a new index only when the same writer wrote them: the processor copies entries only from
 * an index whose {@code generator} is its own, and {@link IndexWriter} writes them at the depth they were read from.
 */
public final class VerbatimField {

    /** The order of the index's {@code fields}: by class, then field, as {@link PersonalField#ORDER}. */
    public static final Comparator<VerbatimField> ORDER =
            Comparator.comparing(VerbatimField::className).thenComparing(VerbatimField::field);

    private final String className;
    private final String field;
    private final String declaredIn;
    private final String register;
    private final List<String> purposes;
    private final List<String> sources;
    private final List<String> categories;
    private final List<String> subjects;
    private final List<String> recipients;
    private final boolean positioned;
    private final byte[] buffer;
    private final int offset;
    private final int length;
    private final String origin;
    private PersonalField entry;

    VerbatimField(String className, String field, String declaredIn, String register, List<String> purposes,
            List<String> sources, List<String> categories, List<String> subjects, List<String> recipients,
            boolean positioned, byte[] buffer, int offset, int length, String origin) {
        this.className = className;
        this.field = field;
        this.declaredIn = declaredIn;
        this.register = register;
        this.purposes = purposes;
        this.sources = sources;
        this.categories = categories;
        this.subjects = subjects;
        this.recipients = recipients;
        this.positioned = positioned;
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        this.origin = origin;
    }

    public String className() {
        return className;
    }

    /** The field's name, as {@link PersonalField#field()}. */
    public String field() {
        return field;
    }

    /** The class that declares the field when it is inherited or embedded, as {@link PersonalField#declaredIn()}. */
    public String declaredIn() {
        return declaredIn;
    }

    public String register() {
        return register;
    }

    public List<String> purposes() {
        return purposes;
    }

    public List<String> sources() {
        return sources;
    }

    public List<String> categories() {
        return categories;
    }

    public List<String> subjects() {
        return subjects;
    }

    public List<String> recipients() {
        return recipients;
    }

    /** Whether the entry says where the field is written ({@code sourceFile}). */
    public boolean positioned() {
        return positioned;
    }

    /** As {@link PersonalField#key()}. */
    public String key() {
        return className + "#" + field;
    }

    /** The entry's bytes, from its opening to its closing brace. */
    byte[] buffer() {
        return buffer;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    /**
     * @return the whole entry as a record, read on first use
     * @throws IllegalArgumentException when the entry is not a valid field entry
     */
    public PersonalField entry() {
        if (entry == null) {
            entry = IndexReader.fieldEntry(buffer, offset, length, origin);
        }
        return entry;
    }
}
