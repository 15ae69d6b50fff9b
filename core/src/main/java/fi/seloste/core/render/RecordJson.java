package fi.seloste.core.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Lays the record's JSON text out (Jackson's default pretty printer with two-space indentation) and encodes it fast
 * enough for a record of a hundred megabytes: separators, indentation and recurring strings are encoded once, not
 * once per field, with the same text as Jackson's defaults.
 */
final class RecordJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultPrettyPrinter(new Layout())
            .build();

    /**
     * @param out where the JSON text goes; not closed with the generator
     * @return a generator that writes recurring strings encoded once
     * @throws IOException when the generator cannot be created
     */
    JsonGenerator generator(Writer out) throws IOException {
        return new EncodedOnce(mapper.createGenerator(out));
    }

    /**
     * @param out where the UTF-8 bytes go; not closed with the generator
     * @return a generator that writes recurring strings encoded once
     * @throws IOException when the generator cannot be created
     */
    JsonGenerator generator(OutputStream out) throws IOException {
        return new EncodedOnce(mapper.createGenerator(out, JsonEncoding.UTF8));
    }

    /** A value that recurs over fields (a key, a label, a class or file name): encoded once per record. */
    static void value(JsonGenerator g, String value) throws IOException {
        if (g instanceof EncodedOnce encoded) {
            encoded.writeRecurring(value);
        } else {
            g.writeString(value);
        }
    }

    /**
     * A generator that removes control characters from every text value, and encodes a recurring string once and
     * copies its bytes afterwards: in the record of a large
     * system the same keys, labels, class and file names are written hundreds of thousands of times. Strings are
     * recognised by identity, which finds them because the index reader shares equal values; the output is the
     * same as from {@code writeString(String)}.
     */
    private static final class EncodedOnce extends JsonGeneratorDelegate {
        private final Map<String, SerializableString> encoded = new IdentityHashMap<>();

        EncodedOnce(JsonGenerator generator) {
            super(generator, false);
        }

        void writeRecurring(String text) throws IOException {
            SerializableString known = encoded.get(text);
            if (known == null) {
                if (text == null || hasSurrogate(text)) {
                    writeString(text); // the generator reports a broken surrogate pair as an IOException
                    return;
                }
                known = new SerializedString(ControlCharacters.removeFrom(text));
                encoded.put(text, known);
            }
            delegate.writeString(known);
        }

        /** Every text value, whichever way it is written, loses its control characters ({@link ControlCharacters}). */
        @Override
        public void writeString(String text) throws IOException {
            delegate.writeString(ControlCharacters.removeFrom(text));
        }

        private static boolean hasSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Jackson's default pretty printer with two-space indentation, which writes its separators as pre-encoded raw
     * strings: the same text as {@code new DefaultPrettyPrinter()} with {@code DefaultIndenter("  ", "\n")} for
     * objects and arrays, without encoding {@code " : "} and the indentation again for every member.
     */
    private static final class Layout extends DefaultPrettyPrinter {
        private static final SerializedString NAME_VALUE = new SerializedString(" : ");

        Layout() {
            _objectIndenter = new Indentation();
            _arrayIndenter = new Indentation();
        }

        @Override
        public Layout createInstance() {
            return new Layout();
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(NAME_VALUE);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            _objectIndenter.writeIndentation(g, _nesting);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            _arrayIndenter.writeIndentation(g, _nesting);
        }
    }

    /**
     * Writes a newline and a level's indentation, two spaces a level, as one raw string: the same text as Jackson's
     * {@code DefaultIndenter("  ", "\n")}, which encodes it character by character, ten million times in the record of
     * a large system.
     */
    private static final class Indentation implements DefaultPrettyPrinter.Indenter {
        private static final SerializedString[] LEVELS = new SerializedString[32];

        static {
            for (int level = 0; level < LEVELS.length; level++) {
                LEVELS[level] = new SerializedString("\n" + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            g.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString("\n" + "  ".repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
