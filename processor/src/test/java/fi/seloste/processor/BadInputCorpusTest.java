package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor's bad-input corpus: each case is a real javac run over broken or hostile code, and must end in
 * exactly the expected catalogue diagnostic on the expected line, never in an exception or a stack trace.
 */
class BadInputCorpusTest {

    private static final String FIELD_LINE_MARKER = "//<<";

    /**
     * A free-text class whose marked line must carry the diagnostic; {@code %s} is replaced by the annotation under
     * test. The class states the basis and who the free-text sources are, which free-text mode requires.
     */
    private static JavaFileObject chat(String annotation, String field) {
        return chat(LEGAL_DEFAULTS + " ", annotation, field);
    }

    private static JavaFileObject chat(String classAnnotations, String annotation, String field) {
        return source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                classAnnotations + "public class Chat {",
                "    " + annotation + " " + FIELD_LINE_MARKER,
                "    " + field,
                "}");
    }

    /** Free-text mode's legal facts, stated once on a class for its fields. */
    private static final String LEGAL_DEFAULTS = PersonalDataValidationTest.LEGAL_DEFAULTS;

    private static final String OK = "purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\"";

    static final JavaFileObject CATALOGUE = source("com.example.Purposes",
            "package com.example;",
            "import fi.seloste.*;",
            "public final class Purposes {",
            "    @Purpose(fi = \"Asiakaspalvelu\", basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = \"Neuvonta\")",
            "    public static final String SERVICE = \"service\";",
            "    @Purpose(fi = \"Hoito\", basis = LegalBasis.LEGAL_OBLIGATION)",
            "    public static final String CARE = \"care\";",
            "}");

    static final JavaFileObject ENTITY = source("jakarta.persistence.Entity",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface Entity {}");

    static final JavaFileObject LOMBOK_DATA = source("lombok.Data",
            "package lombok;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)",
            "public @interface Data {}");

    private static Arguments field(String name, String annotation, String field, String id) {
        return Arguments.of(name, new String[0], List.of(chat(annotation, field)), id);
    }

    private static Arguments withCatalogue(String name, String annotation, String id) {
        return Arguments.of(name, new String[0], List.of(CATALOGUE, chat("", annotation, "private String name;")), id);
    }

    private static Arguments classLevel(String name, String classAnnotation, String id) {
        return Arguments.of(name, new String[0], List.of(source("com.example.R",
                "package com.example;",
                "import fi.seloste.*;",
                classAnnotation + " " + FIELD_LINE_MARKER,
                "public class R {}")), id);
    }

    private static Arguments constant(String name, String declaration, String constant, String id) {
        return Arguments.of(name, new String[0], List.of(source("com.example.V",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class V {",
                "    " + declaration + " " + FIELD_LINE_MARKER,
                "    " + constant,
                "}")), id);
    }

    static Stream<Arguments> corpus() {
        String longText = "x".repeat(5000);
        return Stream.of(
                field("blank purpose", "@PersonalData(purpose = \" \", retention = \"P4M\", source = \"Asiakas\")", "private String a;", "SELOSTE-P101"),
                field("empty purpose array", "@PersonalData(purpose = {}, retention = \"P4M\", source = \"Asiakas\")", "private String a;", "SELOSTE-P101"),
                field("blank purpose among others", "@PersonalData(purpose = {\"x\", \"\"}, retention = \"P4M\", source = \"Asiakas\")", "private String a;", "SELOSTE-P101"),
                field("no purpose at all", "@PersonalData(retention = \"P4M\", source = \"Asiakas\")", "private String a;", "SELOSTE-P101"),
                field("no source", "@PersonalData(purpose = \"x\", retention = \"P4M\")", "private String a;", "SELOSTE-P102"),
                field("blank source", "@PersonalData(purpose = \"x\", retention = \"P4M\", source = \"\\t\")", "private String a;", "SELOSTE-P102"),
                field("retention in words", "@PersonalData(purpose = \"x\", retention = \"4 months\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("retention with time", "@PersonalData(purpose = \"x\", retention = \"PT4H\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("zero retention", "@PersonalData(purpose = \"x\", retention = \"P0D\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("negative retention", "@PersonalData(purpose = \"x\", retention = \"-P1D\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("fractional retention", "@PersonalData(purpose = \"x\", retention = \"P1.5Y\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("retention units out of order", "@PersonalData(purpose = \"x\", retention = \"P1D1Y\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("retention with a huge amount", "@PersonalData(purpose = \"x\", retention = \"P99999999Y\", source = \"s\")", "private String a;", "SELOSTE-P103"),
                field("no retention", "@PersonalData(purpose = \"x\", source = \"s\")", "private String a;", "SELOSTE-P106"),
                field("period and criteria", "@PersonalData(purpose = \"x\", source = \"s\", retention = \"P1Y\", retentionCriteria = \"c\")", "private String a;", "SELOSTE-P107"),
                field("blank category entry", "@PersonalData(" + OK + ", category = {\"contact\", \"\"})", "private String a;", "SELOSTE-P108"),
                field("blank subjects entry", "@PersonalData(" + OK + ", subjects = \" \")", "private String a;", "SELOSTE-P108"),
                field("very long purpose", "@PersonalData(purpose = \"" + longText + "\", retention = \"P4M\", source = \"s\")", "private String a;", "SELOSTE-P109"),
                field("very long label", "@PersonalData(" + OK + ", label = \"" + longText + "\")", "private String a;", "SELOSTE-P109"),
                field("static field", "@PersonalData(" + OK + ")", "private static String a;", "SELOSTE-P104"),
                field("static final constant", "@PersonalData(" + OK + ")", "static final String A = \"x\";", "SELOSTE-P104"),
                field("blank label", "@PersonalData(" + OK + ", label = \" \")", "private String a;", "SELOSTE-P105"),
                field("blank Swedish label", "@PersonalData(" + OK + ", labelSv = \"  \")", "private String a;", "SELOSTE-P105"),
                field("unknown category in free-text mode", "@PersonalData(" + OK + ", category = \"helth\")", "private String a;", "SELOSTE-P111"),
                field("unknown subject", "@PersonalData(" + OK + ", subjects = \"patients\")", "private String a;", "SELOSTE-P111"),
                field("unknown recipient", "@PersonalData(" + OK + ", recipients = \"cloud\")", "private String a;", "SELOSTE-P111"),
                field("unknown register", "@PersonalData(" + OK + ", register = \"chat\")", "private String a;", "SELOSTE-P115"),
                field("opt-out without reason", "@NotPersonalData", "private String email;", "SELOSTE-P120"),
                field("opt-out with blank reason", "@NotPersonalData(reason = \" \")", "private String email;", "SELOSTE-P120"),
                field("both annotations", "@NotPersonalData(reason = \"r\") @PersonalData(" + OK + ")", "private String email;", "SELOSTE-P121"),
                field("generic field", "@PersonalData(purpose = \"\", retention = \"P4M\", source = \"s\")", "private java.util.Map<String, java.util.List<String>> a;", "SELOSTE-P101"),
                field("array field", "@PersonalData(purpose = \"x\", retention = \"P\", source = \"s\")", "private byte[][] a;", "SELOSTE-P103"),
                field("special data without condition", "@PersonalData(" + OK + ", category = DataCategories.HEALTH)", "private String a;", "SELOSTE-P140"),
                field("special flag without condition", "@PersonalData(" + OK + ", special = true)", "private String a;", "SELOSTE-P140"),
                field("identity code without ground", "@PersonalData(" + OK + ", category = DataCategories.IDENTITY_CODE)", "private String hetu;", "SELOSTE-P141"),
                withCatalogue("unknown purpose key", "@PersonalData(purpose = \"servise\", retention = \"P1Y\", source = Sources.DATA_SUBJECT)", "SELOSTE-P110"),
                withCatalogue("free-text source in catalogue mode", "@PersonalData(purpose = Purposes.CARE, retention = \"P1Y\", source = \"Asiakas\")", "SELOSTE-P111"),
                classLevel("register id with a path", "@Register(id = \"../up\", fi = \"R\")", "SELOSTE-P133"),
                classLevel("register id in capitals", "@Register(id = \"Chat\", fi = \"R\")", "SELOSTE-P133"),
                classLevel("empty register id", "@Register(id = \"\", fi = \"R\")", "SELOSTE-P133"),
                classLevel("register id too long", "@Register(id = \"" + "a".repeat(65) + "\", fi = \"R\")", "SELOSTE-P133"),
                classLevel("register without Finnish name", "@Register(id = \"chat\", sv = \"R\")", "SELOSTE-P131"),
                constant("purpose on an instance field", "@Purpose(fi = \"x\", basis = LegalBasis.CONSENT)", "public final String p = \"p\";", "SELOSTE-P130"),
                constant("purpose on a computed constant", "@Purpose(fi = \"x\", basis = LegalBasis.CONSENT)", "public static final String P = String.valueOf(1);", "SELOSTE-P130"),
                constant("purpose on a non-string constant", "@Purpose(fi = \"x\", basis = LegalBasis.CONSENT)", "public static final int P = 1;", "SELOSTE-P130"),
                constant("purpose with a blank key", "@Purpose(fi = \"x\", basis = LegalBasis.CONSENT)", "public static final String P = \" \";", "SELOSTE-P131"),
                constant("purpose without Finnish text", "@Purpose(fi = \"\", sv = \"x\", basis = LegalBasis.CONSENT)", "public static final String P = \"p\";", "SELOSTE-P131"),
                constant("legitimate interest undescribed", "@Purpose(fi = \"x\", basis = LegalBasis.LEGITIMATE_INTERESTS)", "public static final String P = \"p\";", "SELOSTE-P143"),
                constant("transfer without safeguard", "@Recipient(fi = \"x\", kind = RecipientKind.PROCESSOR, country = \"CN\")", "public static final String R = \"r\";", "SELOSTE-P144"),
                constant("source without Finnish name", "@Source(fi = \" \")", "public static final String S = \"s\";", "SELOSTE-P131"),
                withCatalogue("free-text basis in catalogue mode", "@PersonalData(purpose = Purposes.CARE, retention = \"P1Y\", source = Sources.DATA_SUBJECT, basis = LegalBasis.CONTRACT)", "SELOSTE-P112"),
                classLevel("register id default", "@Register(id = \"default\", fi = \"R\")", "SELOSTE-P134"),
                constant("source without a kind", "@Source(fi = \"x\")", "public static final String S = \"s\";", "SELOSTE-P135"),
                constant("country in words", "@Recipient(fi = \"x\", kind = RecipientKind.PROCESSOR, country = \"Sweden\")", "public static final String R = \"r\";", "SELOSTE-P136"),
                constant("safeguard for an EU country", "@Recipient(fi = \"x\", kind = RecipientKind.PROCESSOR, country = \"SE\", safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)", "public static final String R = \"r\";", "SELOSTE-P137"),
                constant("adequacy decision for China", "@Recipient(fi = \"x\", kind = RecipientKind.PROCESSOR, country = \"CN\", safeguard = TransferSafeguard.ADEQUACY_DECISION)", "public static final String R = \"r\";", "SELOSTE-P138"),
                constant("safeguard without a country", "@Recipient(fi = \"x\", kind = RecipientKind.PROCESSOR, safeguard = TransferSafeguard.DEROGATION)", "public static final String R = \"r\";", "SELOSTE-P139"),
                Arguments.of("no basis in free-text mode", new String[0], List.of(chat("", "@PersonalData(" + OK + ", sourceKind = SourceKind.DATA_SUBJECT)", "private String a;")), "SELOSTE-P145"),
                field("two bases", "@PersonalData(" + OK + ", basis = {LegalBasis.CONTRACT, LegalBasis.CONSENT})", "private String a;", "SELOSTE-P146"),
                field("legitimate interests undescribed in free-text mode", "@PersonalData(" + OK + ", basis = LegalBasis.LEGITIMATE_INTERESTS)", "private String a;", "SELOSTE-P147"),
                Arguments.of("legitimate interests of an authority in free-text mode", new String[0], List.of(chat(
                        "@Register(id = \"city\", fi = \"K\", publicAuthority = true, basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = \"x\") ",
                        "@PersonalData(purpose = \"x\", retention = \"P4M\", source = Sources.DATA_SUBJECT)", "private String a;")), "SELOSTE-P148"),
                Arguments.of("free-text source without a kind", new String[0], List.of(chat("", "@PersonalData(" + OK + ", basis = LegalBasis.CONTRACT)", "private String a;")), "SELOSTE-P149"),
                Arguments.of("two purposes with one key", new String[0], List.of(CATALOGUE, source("com.example.More",
                        "package com.example;",
                        "import fi.seloste.*;",
                        "public final class More {",
                        "    @Purpose(fi = \"Muu\", basis = LegalBasis.CONSENT) " + FIELD_LINE_MARKER,
                        "    public static final String OTHER = \"care\";",
                        "}")), "SELOSTE-P132"),
                Arguments.of("legitimate interest in an authority's register", new String[0], List.of(CATALOGUE, source("com.example.City",
                        "package com.example;",
                        "import fi.seloste.*;",
                        "@Register(id = \"city\", fi = \"Kaupunki\", publicAuthority = true)",
                        "public class City {",
                        "    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = Sources.DATA_SUBJECT) " + FIELD_LINE_MARKER,
                        "    private String name;",
                        "}")), "SELOSTE-P142"),
                Arguments.of("inner class", new String[0], List.of(source("com.example.Outer",
                        "package com.example;",
                        LEGAL_DEFAULTS + " public class Outer {",
                        "    class Inner {",
                        "        @fi.seloste.PersonalData(purpose = \"x\", retention = \"4M\", source = \"s\") " + FIELD_LINE_MARKER,
                        "        String a;",
                        "    }",
                        "}")), "SELOSTE-P103"),
                Arguments.of("record component", new String[0], List.of(source("com.example.Rec",
                        "package com.example;",
                        LEGAL_DEFAULTS + " public record Rec(",
                        "    @fi.seloste.PersonalData(purpose = \"x\", retention = \"P4Mo\", source = \"s\") " + FIELD_LINE_MARKER,
                        "    String a) {}")), "SELOSTE-P103"),
                Arguments.of("enum constant", new String[0], List.of(source("com.example.Kind",
                        "package com.example;",
                        LEGAL_DEFAULTS + " public enum Kind {",
                        "    @fi.seloste.PersonalData(purpose = \"x\", retention = \"P4M\", source = \"s\") " + FIELD_LINE_MARKER,
                        "    PERSON",
                        "}")), "SELOSTE-P104"),
                Arguments.of("Lombok-style class", new String[0], List.of(LOMBOK_DATA, source("com.example.L",
                        "package com.example;",
                        "@lombok.Data",
                        LEGAL_DEFAULTS + " public class L {",
                        "    @fi.seloste.PersonalData(purpose = \"\", retention = \"P4M\", source = \"s\") " + FIELD_LINE_MARKER,
                        "    private String a;",
                        "}")), "SELOSTE-P101"),
                Arguments.of("undeclared e-mail in an entity", new String[0], List.of(ENTITY, source("com.example.E",
                        "package com.example;",
                        "@jakarta.persistence.Entity",
                        "public class E {",
                        "    private long id;",
                        "    private String sahkopostiosoite; " + FIELD_LINE_MARKER,
                        "}")), "SELOSTE-P150"),
                Arguments.of("undeclared Finnish identity code", new String[0], List.of(ENTITY, source("com.example.E",
                        "package com.example;",
                        "@jakarta.persistence.Entity",
                        "public class E {",
                        "    private String henkilötunnus; " + FIELD_LINE_MARKER,
                        "}")), "SELOSTE-P150"),
                Arguments.of("undeclared IP address by type", new String[0], List.of(ENTITY, source("com.example.E",
                        "package com.example;",
                        "@jakarta.persistence.Entity",
                        "public class E {",
                        "    private java.net.InetAddress origin; " + FIELD_LINE_MARKER,
                        "}")), "SELOSTE-P150"),
                Arguments.of("invalid undeclared option", new String[] {"-Aseloste.undeclared=loud"},
                        List.of(chat("@PersonalData(" + OK + ")", "private String a;")), "SELOSTE-P160"),
                Arguments.of("catalogue option naming a missing class", new String[] {"-Aseloste.catalogues=com.nowhere.Purposes"},
                        List.of(chat("@PersonalData(" + OK + ")", "private String a;")), "SELOSTE-P160"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputEndsInOneCatalogueDiagnosticAtTheRightPlace(String name, String[] options, List<JavaFileObject> sources, String id) {
        Compilation c = compile(options, sources.toArray(new JavaFileObject[0]));
        List<String> ours = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
            String message = d.getMessage(null);
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                ours.add(message);
            }
        }
        assertThat(c).failed();
        org.junit.jupiter.api.Assertions.assertTrue(ours.stream().allMatch(m -> m.startsWith("[SELOSTE-P")),
                "only seloste errors, no javac or internal ones: " + ours);
        org.junit.jupiter.api.Assertions.assertTrue(ours.stream().noneMatch(m -> m.startsWith("[SELOSTE-P9")), "no internal error: " + ours);
        var located = assertThat(c).hadErrorContaining("[" + id + "]");
        if (id.equals("SELOSTE-P160")) {
            // an option belongs to no source file: the message names the option instead
            org.junit.jupiter.api.Assertions.assertTrue(c.errors().stream().anyMatch(d -> d.getSource() == null
                    && d.getMessage(null).startsWith("[SELOSTE-P160] option -Aseloste.")), c.errors().toString());
            return;
        }
        for (JavaFileObject file : sources) {
            String text;
            try {
                text = file.getCharContent(true).toString();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(FIELD_LINE_MARKER)) {
                    located.inFile(file).onLine(i + 1);
                    return;
                }
            }
        }
        throw new AssertionError("the case marks no line: " + name);
    }

    static Stream<Arguments> unsupportedPlaces() {
        String annotation = "@PersonalData(" + OK + ") " + FIELD_LINE_MARKER;
        return Stream.of(
                Arguments.of("method", List.of("    " + annotation, "    public String name() { return null; }")),
                Arguments.of("constructor", List.of("    " + annotation, "    public Chat() {}")),
                Arguments.of("local variable", List.of("    void m() {", "        " + annotation,
                        "        String name = \"\";", "    }")),
                Arguments.of("parameter", List.of("    void m(", "        " + annotation,
                        "        String name) {}")),
                Arguments.of("type use", List.of("    java.util.List<" + annotation.replace(FIELD_LINE_MARKER, "")
                        + "String> names; " + FIELD_LINE_MARKER)));
    }

    /**
     * {@code @PersonalData} targets fields only, so javac itself refuses it on methods, constructors, locals,
     * parameters and type uses, at that line; seloste must add nothing and must not crash on the broken tree.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedPlaces")
    void annotationOutsideAFieldIsRefusedByJavacAtThatLine(String name, List<String> members) {
        List<String> lines = new ArrayList<>(List.of("package com.example;", "import fi.seloste.*;", "public class Chat {"));
        lines.addAll(members);
        lines.add("}");
        JavaFileObject file = source("com.example.Chat", lines.toArray(new String[0]));
        Compilation c = compile(file);
        assertThat(c).failed();
        int marked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(FIELD_LINE_MARKER)) {
                marked = i + 1;
            }
        }
        assertThat(c).hadErrorContaining("not applicable").inFile(file).onLine(marked);
        org.junit.jupiter.api.Assertions.assertTrue(c.errors().stream()
                        .noneMatch(d -> d.getMessage(null).startsWith("[SELOSTE-P9")), "no internal error: " + c.errors());
    }

    /**
     * Text in any script is data: Finnish, Northern Sami, Arabic, Hebrew with a right-to-left override, and
     * characters outside the Basic Multilingual Plane reach the index exactly as written, without a diagnostic.
     */
    @org.junit.jupiter.api.Test
    void unicodeAndRightToLeftTextReachTheIndexIntact() throws Exception {
        String purpose = "Hoidon järjestäminen – مركز صحي";
        String source = "Čáhppes guovlu \uD83D\uDE91";
        String label = "עברית \u202Eתקין";
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @PersonalData(purpose = \"" + purpose + "\", retention = \"P4M\", source = \"" + source
                        + "\", label = \"" + label + "\", basis = LegalBasis.CONTRACT, sourceKind = SourceKind.DATA_SUBJECT)",
                "    private String name;",
                "}");
        Compilation c = compile(file);
        assertThat(c).succeededWithoutWarnings();
        com.fasterxml.jackson.databind.JsonNode field = ProcessorTestSupport.index(c).get("fields").get(0);
        org.junit.jupiter.api.Assertions.assertEquals(purpose, field.get("purposes").get(0).asText());
        org.junit.jupiter.api.Assertions.assertEquals("Čáhppes guovlu \uD83D\uDE91", field.get("sources").get(0).asText());
        org.junit.jupiter.api.Assertions.assertEquals("עברית \u202Eתקין", field.get("labels").get("fi").asText());
    }
}
