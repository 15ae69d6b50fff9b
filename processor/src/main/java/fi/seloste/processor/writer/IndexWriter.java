package fi.seloste.processor.writer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.seloste.processor.model.Declarations;
import fi.seloste.processor.model.IndexEntry;
import fi.seloste.processor.model.PersonalField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
     * Who writes the index: {@code seloste-processor} and its version. Kept entries are copied as written only from
     * an index with this exact generator, since another version may write some entries differently.
     */
    public static final String GENERATOR = "seloste-processor " + processorVersion();

    /**
     * The whole index.
     *
     * @param schemaVersion the format version
     * @param generator who wrote it
     * @param mode {@code catalogue} when purposes are keys of declared purposes, {@code free-text} otherwise
     * @param registers the registers declared in this module
     * @param purposes the purposes declared in this module
     * @param vocabulary the vocabulary entries declared here or used here, by vocabulary name
     * @param fields every personal field: resolved now, or kept as an earlier compilation wrote it
     * @param undeclared fields that look personal but were not declared (warning mode)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Index(int schemaVersion, String generator, String mode, List<Declarations.Register> registers,
            List<Declarations.Purpose> purposes, Map<String, List<Declarations.Term>> vocabulary,
            List<? extends IndexEntry> fields, List<Declarations.Undeclared> undeclared) {}

    /**
     * The index of an earlier compilation.
     *
     * @param index its declarations and undeclared fields; its {@code fields} are {@link KeptField}s
     * @param asWritten whether this version writes entries exactly as they were written, so kept entries can be
     *     copied as text; when not (an index from another processor version), they must be parsed and written anew
     */
    public record Previous(Index index, boolean asWritten) {

        /** @return the entries, as {@link KeptField}s */
        @SuppressWarnings("unchecked")
        public List<KeptField> fields() {
            return (List<KeptField>) index.fields();
        }
    }

    private static final TypeReference<List<Declarations.Register>> REGISTERS = new TypeReference<>() {};
    private static final TypeReference<List<Declarations.Purpose>> PURPOSES = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<Declarations.Term>>> VOCABULARY = new TypeReference<>() {};
    private static final TypeReference<List<Declarations.Undeclared>> UNDECLARED = new TypeReference<>() {};
    /** Where each of {@link KeptField#terms()} is in an entry. */
    private static final List<String> TERM_MEMBERS = List.of("sources", "categories", "subjects", "recipients");

    /** Shared: configured once, thread-safe, and its serializers are built once per class loader, not per compilation. */
    private static final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(256L * 1024 * 1024).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM) // KeptField writes between the generator's flushes
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /**
     * @param index the index, in any order
     * @param out where the UTF-8 bytes go, best buffered (kept entries are written to it directly); not closed
     */
    public void write(Index index, OutputStream out) throws IOException {
        List<IndexEntry> fields = new ArrayList<>(index.fields());
        fields.sort(IndexEntry.ORDER);
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
     * Reads an index this processor wrote in an earlier compilation, to keep the entries of classes that are not
     * compiled this time. The declarations are parsed; each field entry is kept as its text, with the few members
     * the merge needs read out.
     *
     * @param in the index bytes
     * @return the index
     * @throws IOException when it cannot be read or has another schema version
     */
    public Previous read(InputStream in) throws IOException {
        Index index = scan(in.readAllBytes());
        @SuppressWarnings("unchecked")
        List<KeptField> fields = (List<KeptField>) index.fields();
        return new Previous(index, fields.isEmpty()
                || (GENERATOR.equals(index.generator()) && writtenAsThisVersionWrites(fields)));
    }

    private static String processorVersion() {
        try (InputStream in = IndexWriter.class.getResourceAsStream("/fi/seloste/processor/processor.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "unknown" : version.strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Whether this version would write the entries exactly as the file has them: the first, middle and last entry
     * are parsed, written into an index of their own and compared as text.
     */
    private boolean writtenAsThisVersionWrites(List<KeptField> fields) throws IOException {
        List<KeptField> samples = List.of(fields.get(0), fields.get(fields.size() / 2), fields.get(fields.size() - 1));
        List<PersonalField> parsed = new ArrayList<>();
        for (KeptField k : samples) {
            parsed.add(k.parse());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(new Index(SCHEMA_VERSION, "", "", List.of(), List.of(), Map.of(), parsed, List.of()), out);
        @SuppressWarnings("unchecked")
        List<KeptField> again = (List<KeptField>) scan(out.toByteArray()).fields();
        List<KeptField> sorted = new ArrayList<>(samples);
        sorted.sort(IndexEntry.ORDER);
        for (int i = 0; i < sorted.size(); i++) {
            if (i >= again.size() || !java.util.Arrays.equals(again.get(i).file(), again.get(i).offset(),
                    again.get(i).offset() + again.get(i).length(), sorted.get(i).file(), sorted.get(i).offset(),
                    sorted.get(i).offset() + sorted.get(i).length())) {
                return false;
            }
        }
        return again.size() == sorted.size();
    }

    /** Parses one entry, as kept by {@link KeptField}. */
    static PersonalField parseEntry(byte[] file, int offset, int length) throws IOException {
        return mapper.readValue(file, offset, length, PersonalField.class);
    }

    private static Index scan(byte[] bytes) throws IOException {
        int version = 0;
        String generator = null;
        String mode = null;
        List<Declarations.Register> registers = List.of();
        List<Declarations.Purpose> purposes = List.of();
        Map<String, List<Declarations.Term>> vocabulary = Map.of();
        List<KeptField> fields = List.of();
        List<Declarations.Undeclared> undeclared = List.of();
        try (JsonParser p = mapper.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the index is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "schemaVersion" -> {
                        version = p.getValueAsInt();
                        if (version != SCHEMA_VERSION) {
                            throw new IOException("schemaVersion " + p.getText() + " is not " + SCHEMA_VERSION);
                        }
                    }
                    case "generator" -> generator = p.getValueAsString();
                    case "mode" -> mode = p.getValueAsString();
                    case "registers" -> registers = mapper.readValue(p, REGISTERS);
                    case "purposes" -> purposes = mapper.readValue(p, PURPOSES);
                    case "vocabulary" -> vocabulary = mapper.readValue(p, VOCABULARY);
                    case "undeclared" -> undeclared = mapper.readValue(p, UNDECLARED);
                    case "fields" -> fields = keptFields(p, bytes);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("the index ends early");
            }
        }
        if (version != SCHEMA_VERSION) {
            throw new IOException("schemaVersion none is not " + SCHEMA_VERSION);
        }
        return new Index(version, generator, mode, registers, purposes, vocabulary, fields, undeclared);
    }

    private static List<KeptField> keptFields(JsonParser p, byte[] bytes) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("fields is not a list");
        }
        List<KeptField> fields = new ArrayList<>();
        Map<List<String>, List<String>> shared = new HashMap<>(); // entries repeat the same few lists
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = Math.toIntExact(p.currentTokenLocation().getByteOffset());
            String className = null;
            String field = null;
            String declaredIn = null;
            List<List<String>> terms = new ArrayList<>(List.of(List.of(), List.of(), List.of(), List.of()));
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                int term = TERM_MEMBERS.indexOf(name);
                if (term >= 0) {
                    terms.set(term, shared.computeIfAbsent(strings(p, name), k -> k));
                } else if (name.equals("className")) {
                    className = text(p, name);
                } else if (name.equals("field")) {
                    field = text(p, name);
                } else if (name.equals("declaredIn")) {
                    declaredIn = text(p, name);
                } else {
                    checkMember(p, name);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("an entry of fields ends early");
            }
            if (className == null || field == null) {
                throw new IOException("an entry of fields has no className or field");
            }
            int end = Math.toIntExact(p.currentTokenLocation().getByteOffset()) + 1;
            fields.add(new KeptField(className, field, declaredIn, List.copyOf(terms), bytes, start, end - start));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException("fields holds something other than entries");
        }
        return fields;
    }

    /** Members of an entry that hold text; the rest are checked by {@link #checkMember}. */
    private static final Set<String> TEXT_MEMBERS = Set.of("javaType", "register", "specialCondition",
            "identityCodeGround", "sourceFile");
    private static final Set<String> RETENTION_MEMBERS = Set.of("period", "from", "criteria", "law");

    /**
     * Checks that a member of an entry has the type this version writes, so that a kept entry, copied without
     * being parsed, always parses later; an entry that does not is a reason to call the whole index unreadable.
     * Unknown members are skipped, as parsing skips them.
     */
    private static void checkMember(JsonParser p, String name) throws IOException {
        if (TEXT_MEMBERS.contains(name)) {
            text(p, name);
        } else if (name.equals("purposes")) {
            strings(p, name);
        } else if (name.equals("labels")) {
            texts(p, name, null);
        } else if (name.equals("retention")) {
            texts(p, name, RETENTION_MEMBERS);
        } else if (name.equals("special")) {
            if (!p.currentToken().isBoolean()) {
                throw new IOException("special of an entry is not true or false");
            }
        } else if (name.equals("line")) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw new IOException("line of an entry is not a whole number");
            }
        } else {
            p.skipChildren();
        }
    }

    private static String text(JsonParser p, String member) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new IOException(member + " of an entry is not text");
        }
        return p.getText();
    }

    /** An object of text values; with {@code known}, only those members are checked and the rest skipped. */
    private static void texts(JsonParser p, String member, Set<String> known) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException(member + " of an entry is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (known == null || known.contains(name)) {
                text(p, member + "." + name);
            } else {
                p.skipChildren();
            }
        }
    }

    private static List<String> strings(JsonParser p, String member) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException(member + " of an entry is not a list");
        }
        List<String> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            values.add(p.getText());
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException(member + " of an entry holds something other than text");
        }
        return List.copyOf(values);
    }
}
