package fi.seloste.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an index as the one form every build gives the same bytes for: entries sorted, members in a fixed
 * order, empty members left out, UTF-8, two-space indentation, {@code \n} line endings, no timestamps. The format
 * is {@code docs/index-format.md}; streamed, so a large index is never held as text.
 */
public final class IndexWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final Comparator<Undeclared> UNDECLARED_ORDER =
            Comparator.comparing(Undeclared::className).thenComparing(Undeclared::field);

    /**
     * @param index the index; its lists in any order
     * @param out where the UTF-8 bytes go; not closed
     * @throws IOException when {@code out} fails
     */
    public void write(Index index, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", index.schemaVersion());
            g.writeStringField("generator", index.generator());
            g.writeStringField("mode", index.mode());
            g.writeArrayFieldStart("registers");
            for (Register r : sorted(index.registers(), Comparator.comparing(Register::id))) {
                register(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("purposes");
            for (Purpose p : sorted(index.purposes(), Comparator.comparing(Purpose::key))) {
                purpose(g, p);
            }
            g.writeEndArray();
            vocabulary(g, index.terms());
            g.writeArrayFieldStart("fields");
            for (PersonalField f : sorted(index.fields(), PersonalField.ORDER)) {
                field(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("undeclared");
            for (Undeclared u : sorted(index.undeclared(), UNDECLARED_ORDER)) {
                undeclared(g, u);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(list);
        sorted.sort(order);
        return sorted;
    }

    private static void register(JsonGenerator g, Register r) throws IOException {
        g.writeStartObject();
        text(g, "id", r.id());
        texts(g, "names", r.names());
        texts(g, "descriptions", r.descriptions());
        strings(g, "subjects", r.subjects());
        strings(g, "purposes", r.purposes());
        if (r.publicAuthority()) {
            g.writeBooleanField("publicAuthority", true);
        }
        strings(g, "none", r.none().stream().map(Enum::name).toList());
        text(g, "declaredIn", r.declaredIn());
        g.writeEndObject();
    }

    private static void purpose(JsonGenerator g, Purpose p) throws IOException {
        g.writeStartObject();
        text(g, "key", p.key());
        texts(g, "texts", p.texts());
        text(g, "basis", p.basis() == null ? null : p.basis().name());
        texts(g, "legitimateInterest", p.legitimateInterest());
        texts(g, "law", p.law());
        if (p.directMarketing()) {
            g.writeBooleanField("directMarketing", true);
        }
        text(g, "specialCondition", p.specialCondition() == null ? null : p.specialCondition().name());
        text(g, "declaredIn", p.declaredIn());
        g.writeEndObject();
    }

    /** Every vocabulary, by name, each sorted by key; an empty one is written as such. */
    private static void vocabulary(JsonGenerator g, List<Term> terms) throws IOException {
        Map<Vocabulary, List<Term>> byVocabulary = new EnumMap<>(Vocabulary.class);
        for (Vocabulary v : Vocabulary.values()) {
            byVocabulary.put(v, new ArrayList<>());
        }
        terms.forEach(t -> byVocabulary.get(t.vocabulary()).add(t));
        List<Vocabulary> byName = new ArrayList<>(byVocabulary.keySet());
        byName.sort(Comparator.comparing(Vocabulary::indexName));
        g.writeObjectFieldStart("vocabulary");
        for (Vocabulary v : byName) {
            g.writeArrayFieldStart(v.indexName());
            for (Term t : sorted(byVocabulary.get(v), Comparator.comparing(Term::key))) {
                term(g, t);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, Term t) throws IOException {
        g.writeStartObject();
        text(g, "key", t.key());
        texts(g, "texts", t.texts());
        if (t.special()) {
            g.writeBooleanField("special", true);
        }
        if (t.identityCode()) {
            g.writeBooleanField("identityCode", true);
        }
        text(g, "kind", t.recipientKind() == null ? null : t.recipientKind().name());
        text(g, "country", t.country());
        text(g, "safeguard", t.safeguard() == null ? null : t.safeguard().name());
        text(g, "sourceKind", t.sourceKind() == null ? null : t.sourceKind().name());
        text(g, "declaredIn", t.declaredIn());
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, PersonalField f) throws IOException {
        g.writeStartObject();
        text(g, "className", f.className());
        text(g, "field", f.field());
        text(g, "declaredIn", f.declaredIn());
        text(g, "javaType", f.javaType());
        text(g, "register", f.register());
        texts(g, "labels", f.labels());
        strings(g, "purposes", f.purposes());
        strings(g, "sources", f.sources());
        strings(g, "categories", f.categories());
        strings(g, "subjects", f.subjects());
        strings(g, "recipients", f.recipients());
        Retention r = f.retention();
        if (r != null) {
            g.writeObjectFieldStart("retention");
            if (r.period() != null) {
                g.writeStringField("period", r.period().toString());
            }
            if (r.from() != null) {
                g.writeStringField("from", r.from().name());
            }
            if (r.criteria() != null) {
                g.writeStringField("criteria", r.criteria());
            }
            if (r.law() != null) {
                g.writeStringField("law", r.law());
            }
            if (r.otherwisePeriod() != null) {
                g.writeObjectFieldStart("otherwise");
                g.writeStringField("period", r.otherwisePeriod().toString());
                g.writeStringField("from", r.otherwiseFrom().name());
                g.writeEndObject();
            }
            texts(g, "criteriaTexts", r.criteriaTexts());
            texts(g, "lawTexts", r.lawTexts());
            g.writeEndObject();
        }
        g.writeBooleanField("special", f.special());
        text(g, "specialCondition", f.specialCondition());
        text(g, "identityCodeGround", f.identityCodeGround());
        Lawfulness l = f.lawfulness();
        if (l != null) {
            g.writeObjectFieldStart("lawfulness");
            text(g, "basis", l.basis() == null ? null : l.basis().name());
            text(g, "legitimateInterest", l.legitimateInterest());
            text(g, "law", l.law());
            if (l.directMarketing()) {
                g.writeBooleanField("directMarketing", true);
            }
            g.writeEndObject();
        }
        text(g, "sourceKind", f.sourceKind() == null ? null : f.sourceKind().name());
        text(g, "sourceFile", f.sourceFile());
        g.writeNumberField("line", f.line());
        g.writeEndObject();
    }

    private static void undeclared(JsonGenerator g, Undeclared u) throws IOException {
        g.writeStartObject();
        text(g, "className", u.className());
        text(g, "field", u.field());
        text(g, "javaType", u.javaType());
        text(g, "register", u.register());
        text(g, "reason", u.reason());
        text(g, "sourceFile", u.sourceFile());
        if (u.line() != 0) {
            g.writeNumberField("line", u.line());
        }
        g.writeEndObject();
    }

    /** A text member, left out when it is absent or empty. */
    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    /** Texts by language, sorted by language, left out when there are none. */
    private static void texts(JsonGenerator g, String name, Map<String, String> texts) throws IOException {
        if (texts.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(name);
        List<String> languages = new ArrayList<>(texts.keySet());
        languages.sort(null);
        for (String language : languages) {
            g.writeStringField(language, texts.get(language));
        }
        g.writeEndObject();
    }

    /** A list of texts, left out when it is empty. */
    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
