package fi.seloste.processor.writer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.seloste.processor.model.PersonalField;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the personal-data index: sorted, UTF-8, {@code \n} line endings and no timestamps, so two
 * builds of the same code give the same bytes.
 */
public final class IndexWriter {

    /** Where the index lives in the class output and so in the jar. */
    public static final String LOCATION = "META-INF/seloste/personal-data.json";

    /** The index format version; raised when the format changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    /** The document written, field order fixed by the record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Index(int schemaVersion, String generator, List<PersonalField> fields) {}

    private static final Comparator<PersonalField> ORDER =
            Comparator.comparing(PersonalField::className).thenComparing(PersonalField::field);

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /**
     * @param fields the fields, in any order
     * @param out where the UTF-8 bytes go; not closed
     */
    public void write(Collection<PersonalField> fields, OutputStream out) throws IOException {
        List<PersonalField> sorted = new ArrayList<>(fields);
        sorted.sort(ORDER);
        mapper.writeValue(out, new Index(SCHEMA_VERSION, "seloste-processor", sorted));
        out.write('\n');
    }
}
