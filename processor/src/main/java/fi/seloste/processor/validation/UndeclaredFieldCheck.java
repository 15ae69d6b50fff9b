package fi.seloste.processor.validation;

import fi.seloste.processor.detection.ClassShape;
import fi.seloste.processor.detection.FieldJudge;
import fi.seloste.processor.detection.PersonalFieldDetector;
import fi.seloste.processor.detection.ShapeReader;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.processor.model.SourceLocator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Finds fields of persistent and data classes that look personal but carry neither {@code @PersonalData}
 * nor {@code @NotPersonalData}, so no personal field can silently stay out of the notice.
 *
 * <p>Each field is judged with its class ({@link FieldJudge}): the words of its name, what the class is about and the
 * classes it links to. In strict mode ({@code -Aseloste.undeclared=strict}) every stored field of a class that holds
 * personal data must also say whether it is personal, except technical fields (key, version, audit timestamps),
 * embedded values (declared where they are written) and links to classes that hold no personal data.
 */
public final class UndeclaredFieldCheck {

    /** {@code -Aseloste.undeclared=error|warning|strict|ignore}; {@code error} by default. */
    public static final String OPTION_MODE = "seloste.undeclared";
    /** {@code -Aseloste.dataPackages=com.example.model,...}: records and classes there are checked too. */
    public static final String OPTION_PACKAGES = "seloste.dataPackages";
    public static final Set<String> OPTIONS = Set.of(OPTION_MODE, OPTION_PACKAGES);

    /** The persistence annotations whose classes are checked, as the index contract lists them. */
    public static final Set<String> PERSISTENT_ANNOTATIONS = Set.copyOf(fi.seloste.index.ClaimedAnnotations.PERSISTENCE);

    private static final Set<String> TRANSIENT = Set.of(
            "jakarta.persistence.Transient", "javax.persistence.Transient", "org.springframework.data.annotation.Transient");

    /**
     * What the check does: fail on fields that look personal (error), warn and record them (warning), also fail on
     * every undeclared stored field of a class that holds personal data (strict), or nothing (ignore).
     */
    private enum Mode { ERROR, WARNING, STRICT, IGNORE }

    private final Elements elements;
    private final Reporter reporter;
    private final SourceLocator locator;
    private final Mode mode;
    private final List<String> packages;
    /** The id of the register a class's fields belong to, or {@code null} for the default register. */
    private final Function<TypeElement, String> registerOf;

    private UndeclaredFieldCheck(Elements elements, Reporter reporter, SourceLocator locator, Mode mode, List<String> packages,
            Function<TypeElement, String> registerOf) {
        this.elements = elements;
        this.reporter = reporter;
        this.locator = locator;
        this.mode = mode;
        this.packages = packages;
        this.registerOf = registerOf;
    }

    /**
     * Reads the options, reporting a malformed one.
     *
     * @param registerOf the id of the register a class's fields belong to, or {@code null} for the default register
     */
    public static UndeclaredFieldCheck fromOptions(ProcessingEnvironment env, Reporter reporter, SourceLocator locator,
            Function<TypeElement, String> registerOf) {
        String value = env.getOptions().getOrDefault(OPTION_MODE, "error");
        Mode mode;
        try {
            mode = Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reporter.report(Diagnostic.INVALID_OPTION, null, OPTION_MODE, value, "use error, warning, strict or ignore");
            mode = Mode.ERROR;
        }
        List<String> packages = new ArrayList<>();
        String option = env.getOptions().get(OPTION_PACKAGES);
        if (option != null) {
            for (String p : option.split(",")) {
                if (!p.isBlank()) {
                    packages.add(p.strip());
                }
            }
        }
        return new UndeclaredFieldCheck(env.getElementUtils(), reporter, locator, mode, packages, registerOf);
    }

    /** @return whether {@code -Aseloste.dataPackages} names packages, which makes every class a candidate */
    public boolean checksDataPackages() {
        return !packages.isEmpty() && mode != Mode.IGNORE;
    }

    /** Every {@code @NotPersonalData} must say why. */
    public void checkOptOuts(CompiledClasses compiled) {
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            for (CompiledClasses.CompiledField field : type.fields()) {
                AnnotationValues a = AnnotationValues.of(field.element(), field.annotation(FieldResolver.NOT_PERSONAL_DATA));
                String reason = a == null ? null : a.string("reason");
                if (a != null && (reason == null || reason.isBlank())) {
                    reporter.report(Diagnostic.OPT_OUT_WITHOUT_REASON, field.element(), a.mirror(), a.value("reason"),
                            type.type().getSimpleName() + "." + field.element().getSimpleName());
                }
            }
        }
    }

    /**
     * @param compiled every class compiled in this round, nested ones included
     * @return in warning mode, the flagged fields to record in the index; otherwise empty (errors are reported)
     */
    public List<Undeclared> check(CompiledClasses compiled) {
        List<Undeclared> found = new ArrayList<>();
        if (mode == Mode.IGNORE) {
            return found;
        }
        ShapeReader reader = new ShapeReader(elements, PERSISTENT_ANNOTATIONS, this::dataClass);
        Map<CompiledClasses.CompiledClass, ClassShape> checked = new LinkedHashMap<>();
        for (CompiledClasses.CompiledClass compiledClass : compiled.classes()) {
            if (persistent(compiledClass)) {
                reader.shape(compiledClass.type()).ifPresent(shape -> checked.put(compiledClass, shape));
            }
        }
        if (checked.isEmpty()) {
            return found;
        }
        FieldJudge judge = new FieldJudge(checked.values(), reader::shape);
        for (Map.Entry<CompiledClasses.CompiledClass, ClassShape> entry : checked.entrySet()) {
            CompiledClasses.CompiledClass compiledClass = entry.getKey();
            ClassShape shape = entry.getValue();
            TypeElement type = compiledClass.type();
            Optional<String> holds = mode == Mode.STRICT ? judge.holdsPersonalData(shape) : Optional.empty();
            for (CompiledClasses.CompiledField compiledField : compiledClass.fields()) {
                VariableElement field = compiledField.element();
                if (field.getKind() != ElementKind.FIELD || field.getModifiers().contains(Modifier.STATIC)
                        || field.getModifiers().contains(Modifier.TRANSIENT) || annotated(compiledField)) {
                    continue;
                }
                ClassShape.FieldShape fieldShape = fieldShape(shape, field.getSimpleName().toString());
                if (fieldShape == null) {
                    continue;
                }
                String subject = type.getSimpleName() + "." + field.getSimpleName();
                Optional<PersonalFieldDetector.Suspicion> suspicion = judge.judge(shape, fieldShape);
                if (suspicion.isEmpty()) {
                    if (holds.isPresent() && needsDeclarationWhenStrict(judge, shape, fieldShape)) {
                        reporter.report(Diagnostic.UNDECLARED_FIELD_STRICT, field, subject, type.getSimpleName(),
                                holds.get());
                    }
                    continue;
                }
                if (mode != Mode.WARNING) {
                    reporter.report(Diagnostic.UNDECLARED_PERSONAL_FIELD, field, subject, suspicion.get().reason());
                } else {
                    reporter.report(Diagnostic.UNDECLARED_PERSONAL_FIELD_WARNING, field, subject, suspicion.get().reason());
                    SourceLocator.Position position = locator.locate(field);
                    found.add(new Undeclared(compiledClass.binaryName(),
                            field.getSimpleName().toString(), field.asType().toString(), register(type),
                            suspicion.get().reason(), position.file(), position.line(), null));
                }
            }
        }
        return found;
    }

    /**
     * In strict mode, whether a stored field that does not look personal must still be declared: everything but the
     * key (also a number key named after the class), the version, audit timestamps, embedded values (declared where they are written) and links to classes that
     * hold no personal data.
     */
    private static boolean needsDeclarationWhenStrict(FieldJudge judge, ClassShape owner, ClassShape.FieldShape field) {
        if (judge.technical(owner, field) || judge.embedsValue(field)) {
            return false;
        }
        return field.target() == null || judge.linksToPersonalData(field);
    }

    private static ClassShape.FieldShape fieldShape(ClassShape shape, String name) {
        for (ClassShape.FieldShape f : shape.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The register the field would belong to once declared, so the plugin can list it in that register's notice;
     * {@code null} for the default register, and for an id that could name no register (reported when a field uses it).
     */
    private String register(TypeElement type) {
        String id = registerOf.apply(type);
        return id != null && DeclarationReader.REGISTER_ID.matcher(id).matches() && !id.equals(DeclarationReader.DEFAULT_REGISTER)
                ? id : null;
    }

    private boolean persistent(CompiledClasses.CompiledClass compiled) {
        return compiled.annotatedWithAny(PERSISTENT_ANNOTATIONS) || dataClass(compiled.type());
    }

    /** Whether a class or record without a persistence annotation is checked because its package is a data package. */
    private boolean dataClass(TypeElement type) {
        if (packages.isEmpty() || (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD)) {
            return false;
        }
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        for (String p : packages) {
            if (pkg.equals(p) || pkg.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotated(CompiledClasses.CompiledField field) {
        for (String name : field.annotations().keySet()) {
            if (name.equals(FieldResolver.PERSONAL_DATA) || name.equals(FieldResolver.NOT_PERSONAL_DATA) || TRANSIENT.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
