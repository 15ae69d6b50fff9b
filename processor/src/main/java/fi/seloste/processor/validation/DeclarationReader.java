package fi.seloste.processor.validation;

import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.LegalBasis;
import fi.seloste.Practice;
import fi.seloste.RecipientKind;
import fi.seloste.SourceKind;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Vocabulary;
import fi.seloste.processor.model.Texts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the declarations of purposes, vocabulary entries and registers into the {@link Catalogue},
 * reporting malformed and conflicting ones on the declaring element.
 */
public final class DeclarationReader {

    public static final String PURPOSE = "fi.seloste.Purpose";
    public static final String REGISTER = "fi.seloste.Register";

    /** What a register id may be: it names the notice files. */
    static final Pattern REGISTER_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** The id that means "no register": the fields that name none are listed under it. */
    static final String DEFAULT_REGISTER = "default";

    private final Elements elements;
    private final Reporter reporter;
    private final Catalogue catalogue;
    private final RegisterDeclarations registerDeclarations;
    private final TransferRules transfers;

    public DeclarationReader(Elements elements, Reporter reporter, Catalogue catalogue,
            RegisterDeclarations registerDeclarations) {
        this.elements = elements;
        this.reporter = reporter;
        this.catalogue = catalogue;
        this.registerDeclarations = registerDeclarations;
        this.transfers = new TransferRules(reporter);
    }

    /**
     * Reads every declaration on the members of a class, such as a built-in vocabulary class or a catalogue
     * named by {@code -Aseloste.catalogues}.
     */
    public void readType(TypeElement type) {
        readRegister(type);
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            readConstant(field);
        }
    }

    /** Reads the declarations of a class compiled now, from its annotations read once. */
    public void readType(CompiledClasses.CompiledClass type) {
        if (type.annotations().contains(REGISTER)) {
            readRegister(type.type());
        }
        for (CompiledClasses.CompiledField field : type.fields()) {
            if (field.annotations().isEmpty()) {
                continue;
            }
            AnnotationValues purpose = AnnotationValues.of(field.element(), field.annotation(PURPOSE));
            if (purpose != null) {
                readPurpose(field.element(), purpose);
            }
            for (Vocabulary kind : Vocabulary.values()) {
                AnnotationValues term = AnnotationValues.of(field.element(), field.annotation(kind.annotation()));
                if (term != null) {
                    readTerm(field.element(), kind, term);
                }
            }
        }
    }

    /** Reads the declarations on one field, if any. */
    public void readConstant(VariableElement field) {
        AnnotationValues purpose = AnnotationValues.of(field, PURPOSE);
        if (purpose != null) {
            readPurpose(field, purpose);
        }
        for (Vocabulary kind : Vocabulary.values()) {
            AnnotationValues term = AnnotationValues.of(field, kind.annotation());
            if (term != null) {
                readTerm(field, kind, term);
            }
        }
    }

    /** Reads a {@code @Register} on a class or package, if present. */
    public void readRegister(Element element) {
        AnnotationValues a = AnnotationValues.of(element, REGISTER);
        if (a == null) {
            return;
        }
        String where = describe(element);
        if (!a.checkLengths(reporter, where)) {
            return;
        }
        String id = Objects.requireNonNullElse(a.string("id"), "");
        if (!REGISTER_ID.matcher(id).matches()) {
            reporter.report(Diagnostic.INVALID_REGISTER_ID, element, a.mirror(), a.value("id"), where, id);
            return;
        }
        if (id.equals(DEFAULT_REGISTER)) {
            // reported, and still declared, so its fields are not also told that no @Register declares it
            reporter.report(Diagnostic.REGISTER_ID_RESERVED, element, a.mirror(), a.value("id"), where);
        }
        Map<String, String> names = Texts.of(a.string("fi"), a.string("sv"), a.string("en"));
        if (!names.containsKey("fi")) {
            reporter.report(Diagnostic.BLANK_DECLARATION, element, a.mirror(), a.value("fi"), "Register", where, "fi name");
            return;
        }
        Register register = new Register(id, names,
                Texts.of(a.string("descriptionFi"), a.string("descriptionSv"), a.string("descriptionEn")),
                nonBlank(a.strings("subjects")), nonBlank(a.strings("purposes")),
                Boolean.TRUE.equals(a.bool("publicAuthority")), practices(a.enumNames("none")), owner(element), null);
        Register earlier = catalogue.registers().get(id);
        if (earlier != null && !(sameRegister(earlier, register) && sameLegalFacts(earlier, a))) {
            reporter.report(Diagnostic.CONFLICTING_DECLARATION, element, a.mirror(), a.value("id"),
                    "Register", id, earlier.declaredIn(), register.declaredIn());
            return;
        }
        catalogue.registers().put(id, register);
    }

    private void readPurpose(VariableElement field, AnnotationValues a) {
        if (!a.checkLengths(reporter, describe(field))) {
            return;
        }
        String key = constantKey(field, "Purpose", a);
        if (key == null) {
            return;
        }
        Map<String, String> texts = Texts.of(a.string("fi"), a.string("sv"), a.string("en"));
        if (!texts.containsKey("fi")) {
            reporter.report(Diagnostic.BLANK_DECLARATION, field, a.mirror(), a.value("fi"), "Purpose", describe(field), "fi text");
            return;
        }
        String basis = a.enumName("basis");
        Map<String, String> interest = Texts.of(a.string("legitimateInterest"), a.string("legitimateInterestSv"),
                a.string("legitimateInterestEn"));
        if ("LEGITIMATE_INTERESTS".equals(basis) && !interest.containsKey("fi")) {
            reporter.report(Diagnostic.LEGITIMATE_INTEREST_UNDESCRIBED, field, a.mirror(), a.value("basis"), describe(field));
        }
        String condition = a.enumName("specialCondition");
        Map<String, String> law = Texts.of(a.string("law"), a.string("lawSv"), a.string("lawEn"));
        Purpose purpose = new Purpose(key, texts, constant(LegalBasis.class, basis), interest, law,
                Boolean.TRUE.equals(a.bool("directMarketing")),
                condition == null || condition.equals("NONE") ? null : constant(SpecialCategoryCondition.class, condition),
                owner(field), null);
        Purpose earlier = catalogue.purposes().get(key);
        if (earlier != null && !samePurpose(earlier, purpose)) {
            reporter.report(Diagnostic.CONFLICTING_DECLARATION, field, a.mirror(), null,
                    "Purpose", key, earlier.declaredIn(), purpose.declaredIn());
            return;
        }
        catalogue.purposes().put(key, purpose);
    }

    private void readTerm(VariableElement field, Vocabulary kind, AnnotationValues a) {
        if (!a.checkLengths(reporter, describe(field))) {
            return;
        }
        String key = constantKey(field, kind.annotationSimpleName(), a);
        if (key == null) {
            return;
        }
        Map<String, String> texts = Texts.of(a.string("fi"), a.string("sv"), a.string("en"));
        if (!texts.containsKey("fi")) {
            reporter.report(Diagnostic.BLANK_DECLARATION, field, a.mirror(), a.value("fi"), kind.annotationSimpleName(),
                    describe(field), "fi name");
            return;
        }
        String country = blankToNull(a.string("country"));
        String safeguard = a.enumName("safeguard");
        if (kind == Vocabulary.RECIPIENTS) {
            transfers.check(field, a, describe(field), country, safeguard == null ? "NONE" : safeguard);
        }
        SourceKind sourceKind = null;
        if (kind == Vocabulary.SOURCES) {
            String written = a.enumName("kind");
            sourceKind = written == null || written.equals("NONE") ? null : constant(SourceKind.class, written);
            if (written == null || written.equals("NONE")) {
                reporter.report(Diagnostic.SOURCE_WITHOUT_KIND, field, a.mirror(), a.value("kind"), describe(field));
            }
        }
        Term term = new Term(kind, key, texts,
                Boolean.TRUE.equals(a.bool("special")), Boolean.TRUE.equals(a.bool("identityCode")),
                kind == Vocabulary.RECIPIENTS ? constant(RecipientKind.class, a.enumName("kind")) : null, country,
                safeguard == null || safeguard.equals("NONE") ? null : constant(TransferSafeguard.class, safeguard),
                sourceKind, owner(field), null);
        Term earlier = catalogue.terms(kind).get(key);
        if (earlier != null && !sameTerm(earlier, term)) {
            reporter.report(Diagnostic.CONFLICTING_DECLARATION, field, a.mirror(), null,
                    kind.annotationSimpleName(), key, earlier.declaredIn(), term.declaredIn());
            return;
        }
        catalogue.terms(kind).put(key, term);
    }

    /** The key is the constant's value; anything but a static final String constant is refused. */
    private String constantKey(VariableElement field, String annotation, AnnotationValues a) {
        Object value = field.getConstantValue();
        if (field.getKind() != ElementKind.FIELD || !field.getModifiers().contains(Modifier.STATIC)
                || !(value instanceof String)) {
            reporter.report(Diagnostic.NOT_A_KEY_CONSTANT, field, a.mirror(), null, annotation, describe(field));
            return null;
        }
        String key = ((String) value).strip();
        if (key.isEmpty()) {
            reporter.report(Diagnostic.BLANK_DECLARATION, field, a.mirror(), null, annotation, describe(field), "key");
            return null;
        }
        return key;
    }

    private String owner(Element element) {
        if (element instanceof PackageElement p) {
            return p.getQualifiedName().toString();
        }
        Element e = element;
        while (e != null && !(e instanceof TypeElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : elements.getBinaryName((TypeElement) e).toString();
    }

    static String describe(Element element) {
        if (element instanceof PackageElement p) {
            return "package " + p.getQualifiedName();
        }
        if (element instanceof TypeElement t) {
            return t.getSimpleName().toString();
        }
        return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean samePurpose(Purpose a, Purpose b) {
        return a.sameContent(b);
    }

    private static boolean sameTerm(Term a, Term b) {
        return a.sameContent(b);
    }

    /** The enum constant an annotation value names, or {@code null} when it names none (javac reported that). */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameRegister(Register a, Register b) {
        return a.names().equals(b.names()) && a.descriptions().equals(b.descriptions()) && a.subjects().equals(b.subjects())
                && a.purposes().equals(b.purposes()) && a.publicAuthority() == b.publicAuthority()
                && a.none().equals(b.none());
    }

    /**
     * Whether a second {@code @Register} of an id states the free-text legal facts the first one does (which the
     * index's {@link Register} does not hold): its fields get them from whichever declaration is found.
     */
    private boolean sameLegalFacts(Register earlier, AnnotationValues again) {
        AnnotationValues first = registerDeclarations.of(earlier);
        if (first == null) {
            return true; // its class is gone or not readable: nothing to compare with
        }
        for (String attribute : List.of("legitimateInterest", "basisLaw")) {
            if (!Objects.equals(blankToNull(first.string(attribute)), blankToNull(again.string(attribute)))) {
                return false;
            }
        }
        return Objects.equals(orEmpty(first.enumNames("basis")), orEmpty(again.enumNames("basis")));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** The practices a register declares absent, in the order written, each once. */
    private static List<Practice> practices(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().map(n -> constant(Practice.class, n)).filter(Objects::nonNull).distinct().toList();
    }
}
