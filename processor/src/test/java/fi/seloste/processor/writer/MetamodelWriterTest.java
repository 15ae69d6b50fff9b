package fi.seloste.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The metamodel writer renders a descriptor's constant arguments itself, as one piece, because JavaPoet's emission
 * of many small pieces was most of the metamodel's cost: the rendering must stay byte for byte JavaPoet's own.
 */
class MetamodelWriterTest {

    private static final ClassName DESCRIPTOR = ClassName.get("fi.seloste.metamodel", "PersonalFieldDescriptor");
    private static final ClassName TRIGGER = ClassName.get("fi.seloste", "RetentionTrigger");

    /** Characters that JavaPoet escapes or may treat specially, mixed with ordinary ones. */
    private static final String POOL = "aZ09 åÄö€$%'\"\\\b\t\f\r\u0000\u0001\u001f\u007f\u0080\u009f\u00a0\ud83d\ude00{}*/<>&@";

    @Test
    void stringLiteralsAreWrittenAsJavaPoetWritesThem() {
        List<String> texts = new ArrayList<>(List.of("", "Asiakkaan nimi", "it's", "say \"hi\"", "C:\\dir", "tab\there",
                "\u0000", "\u007f\u0085\u009f", "end\r", "$S $L $$", "😀", "Åsa & <Örjan>"));
        Random random = new Random(20261204);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            texts.add(text.toString());
        }
        texts.add(null);
        assertEquals(2_013, texts.size());
        for (String text : texts) {
            assertEquals(CodeBlock.of("$S", text).toString(), MetamodelWriter.literal(new StringBuilder(), text).toString(),
                    () -> "text " + (text == null ? null : text.chars().mapToObj(Integer::toHexString).toList()));
        }
    }

    /**
     * JavaPoet splits a {@code $S} over lines at each line end, and its line splitting counted U+2028 and U+2029 as
     * line ends too, which left a line break inside the literal. Here every text stays one literal on one line.
     */
    @Test
    void lineBreaksAndSeparatorsAreEscapedInOneLiteral() {
        assertEquals("\"two\\nlines\\r\\n\\u2028\\u2029\\u0085\"",
                MetamodelWriter.literal(new StringBuilder(), "two\nlines\r\n\u2028\u2029\u0085").toString());
    }

    @Test
    void descriptorsAreWrittenAsJavaPoetWritesThem() {
        ClassName top = ClassName.get("com.example", "Customer");
        ClassName nested = ClassName.get("com.example", "Chat", "Attachment");
        List<String> oddTexts = java.util.Arrays.asList(null, "plain", "quote \" and 'apostrophe'", "€ $L\t");
        int compared = 0;
        for (ClassName owner : List.of(top, nested)) {
            for (String text : oddTexts) {
                for (RetentionTrigger from : java.util.Arrays.asList(null, RetentionTrigger.COLLECTION)) {
                    for (List<String> list : List.of(List.<String>of(), List.of("Asiakaspalvelu"), List.of("a\"b", "c\\d"))) {
                        PersonalField f = field(owner, text, from, list);
                        assertEquals(javaPoets(owner, f), MetamodelWriter.descriptor(owner, f).toString());
                        compared++;
                    }
                }
            }
        }
        assertEquals(48, compared);
    }

    private static PersonalField field(ClassName owner, String text, RetentionTrigger from, List<String> list) {
        Map<String, String> labels = text == null ? Map.of() : Map.of("fi", text, "en", "other");
        RetentionPeriod period = from == null ? null : RetentionPeriod.parse("P4M");
        return new PersonalField(owner.reflectionName(), "customerName", null, "java.lang.String", text, labels, list,
                List.of("s"), list, List.of(), List.of(), new Retention(period, from, text, null), from != null, null,
                null, null, null, "com/example/Customer.java", 3, null);
    }

    /** The descriptor as the writer built it before it rendered the constants itself: one JavaPoet piece each. */
    private static String javaPoets(ClassName owner, PersonalField f) {
        Retention r = f.retention();
        return CodeBlock.of("new $T($T.class, $S, $S, $L, $S, $L, $S, $L, $L, $S)", DESCRIPTOR, owner, f.field(),
                f.labels().getOrDefault("fi", f.field()), array(f.purposes()),
                r.period() == null ? null : r.period().toString(),
                r.from() == null ? "null" : CodeBlock.of("$T.$L", TRIGGER, r.from().name()), r.criteria(),
                array(f.categories()), f.special(), f.register()).toString();
    }

    private static CodeBlock array(List<String> values) {
        if (values.isEmpty()) {
            return CodeBlock.of("new String[0]");
        }
        List<CodeBlock> items = new ArrayList<>();
        for (String v : values) {
            items.add(CodeBlock.of("$S", v));
        }
        return CodeBlock.of("new String[] {$L}", CodeBlock.join(items, ", "));
    }
}
