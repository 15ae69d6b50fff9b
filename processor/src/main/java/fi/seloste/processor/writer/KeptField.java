package fi.seloste.processor.writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fi.seloste.processor.model.IndexEntry;
import fi.seloste.processor.model.PersonalField;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An entry of the previous index whose class was not compiled this time, carried as the exact bytes it was written
 * as, so a one-file recompile neither parses nor re-serializes tens of thousands of unchanged entries. Only what
 * the merge needs is read out; the whole entry is parsed on demand (for the metamodel or a mapped superclass).
 *
 * @param className binary name of the class the entry belongs to
 * @param field the field name or path
 * @param declaredIn the declaring class when it is not {@code className}, else {@code null}
 * @param terms the vocabulary keys the entry uses: sources, categories, subjects, recipients, in that order
 * @param file the previous index's bytes, shared by all its entries
 * @param offset where the entry's {@code {} is in {@code file}
 * @param length the entry's length in bytes, up to and including its {@code }}
 */
@JsonSerialize(using = KeptField.AsWritten.class)
public record KeptField(String className, String field, String declaredIn, List<List<String>> terms, byte[] file,
        int offset, int length) implements IndexEntry {

    /** @return the entry as written */
    public String json() {
        return new String(file, offset, length, StandardCharsets.UTF_8);
    }

    /** @return the whole entry, parsed */
    public PersonalField parse() {
        try {
            return IndexWriter.parseEntry(file, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // its members were type-checked when it was read: only a bug gets here
        }
    }

    /**
     * Writes the entry's bytes unchanged at the place the index's pretty printer gives it: the printer writes the
     * separator and indentation of an empty raw value, and the bytes follow it straight into the stream.
     */
    static final class AsWritten extends StdSerializer<KeptField> {
        AsWritten() {
            super(KeptField.class);
        }

        @Override
        public void serialize(KeptField value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue("");
            if (gen.getOutputTarget() instanceof OutputStream out) {
                gen.flush(); // only into the stream: the index writer turns FLUSH_PASSED_TO_STREAM off
                out.write(value.file(), value.offset(), value.length());
            } else {
                gen.writeRaw(value.json());
            }
        }
    }
}
