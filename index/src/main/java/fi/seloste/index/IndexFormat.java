package fi.seloste.index;

/**
 * Where the personal-data index lives and which format it has: the facts the processor that writes it and the
 * plugin that reads it must agree on, kept in this one place.
 */
public final class IndexFormat {

    /** Where the index lives in a class output directory and so in a jar. */
    public static final String LOCATION = "META-INF/seloste/personal-data.json";

    /** The format version; raised when the format changes incompatibly. Readers refuse any other. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The largest index any reader accepts, in bytes, checked before parsing. A field entry takes about 750 bytes,
     * so this holds some 170,000 fields in one module.
     */
    public static final long MAX_BYTES = 128L * 1024 * 1024;

    /** The deepest nesting of JSON values a reader accepts (the format itself nests four deep). */
    public static final int MAX_NESTING = 16;

    /** The longest single text a reader accepts, in characters. */
    public static final int MAX_TEXT = 64 * 1024;

    /** The JSON Schema of the format, as a class-path resource of this module. */
    public static final String SCHEMA_RESOURCE = "/fi/seloste/index/personal-data.schema.json";

    /** {@code mode} of an index whose purposes are keys of declared {@code @Purpose}s. */
    public static final String MODE_CATALOGUE = "catalogue";

    /** {@code mode} of an index whose purposes and sources are free texts. */
    public static final String MODE_FREE_TEXT = "free-text";

    private IndexFormat() {}

    /**
     * The top-level member holding the CRC-32 of the {@code fields} array's bytes as written, from after its
     * {@code [} to the end of its last entry ({@code crc32:} and eight hex digits). It tells an incremental build that
     * the entries are still byte for byte what the writer wrote, so they can be copied without being read; readers
     * otherwise ignore it, and an index without it is read as before.
     */
    public static final String FIELDS_DIGEST = "fieldsDigest";

    /** @return the {@link #FIELDS_DIGEST} text of a CRC-32 value */
    public static String digest(long crc32) {
        return String.format(java.util.Locale.ROOT, "crc32:%08x", crc32);
    }
}
