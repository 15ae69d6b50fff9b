package fi.seloste.processor.writer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.seloste.processor.model.Declarations;
import fi.seloste.processor.model.PersonalField;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the personal-data index: sorted, UTF-8, {@code \n} line endings and no timestamps,
 * so two builds of the same code give the same bytes. The format is {@code docs/index-format.md}.
 */
public final class IndexWriter {

    /** Where the index lives in the class output and so in the jar. */
    public static final String LOCATION = "META-INF/seloste/personal-data.json";

    /** The index format version; raised when the format changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The whole index.
     *
     * @param schemaVersion the format version
     * @param generator who wrote it
     * @param mode {@code catalogue} when purposes are keys of declared purposes, {@code free-text} otherwise
     * @param registers the registers declared in this module
     * @param purposes the purposes declared in this module
     * @param vocabulary the vocabulary entries declared here or used here, by vocabulary name
     * @param fields every personal field
     * @param undeclared fields that look personal but were not declared (warning mode)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Index(int schemaVersion, String generator, String mode, List<Declarations.Register> registers,
            List<Declarations.Purpose> purposes, Map<String, List<Declarations.Term>> vocabulary,
            List<PersonalField> fields, List<Declarations.Undeclared> undeclared) {}

    /** Shared: configured once, thread-safe, and its serializers are built once per class loader, not per compilation. */
    private static final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(256L * 1024 * 1024).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /**
     * @param index the index, in any order
     * @param out where the UTF-8 bytes go; not closed
     */
    public void write(Index index, OutputStream out) throws IOException {
        List<PersonalField> fields = new ArrayList<>(index.fields());
        fields.sort(Comparator.comparing(PersonalField::className).thenComparing(PersonalField::field));
        List<Declarations.Undeclared> undeclared = new ArrayList<>(index.undeclared());
        undeclared.sort(Comparator.comparing(Declarations.Undeclared::className).thenComparing(Declarations.Undeclared::field));
        List<Declarations.Register> registers = new ArrayList<>(index.registers());
        registers.sort(Comparator.comparing(Declarations.Register::id));
        List<Declarations.Purpose> purposes = new ArrayList<>(index.purposes());
        purposes.sort(Comparator.comparing(Declarations.Purpose::key));
        mapper.writeValue(out, new Index(index.schemaVersion(), index.generator(), index.mode(), registers, purposes,
                index.vocabulary(), fields, undeclared));
        out.write('\n');
    }

    /**
     * Reads an index this processor wrote in an earlier compilation, to keep the entries of classes
     * that are not compiled this time.
     *
     * @param in the index bytes
     * @return the index
     * @throws IOException when it cannot be read or has another schema version
     */
    public Index read(InputStream in) throws IOException {
        Index index = mapper.readValue(in, Index.class);
        if (index == null || index.schemaVersion() != SCHEMA_VERSION) {
            throw new IOException("schemaVersion " + (index == null ? "none" : index.schemaVersion()) + " is not " + SCHEMA_VERSION);
        }
        return index;
    }
}
