package fi.seloste.processor.validation;

import fi.seloste.processor.detection.PersonalFieldDetector;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.processor.model.SourceLocator;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class UndeclaredFieldCheck {

    /** {@code -Aseloste.undeclared=error|warning|ignore}; {@code error} by default. */
    public static final String OPTION_MODE = "seloste.undeclared";
    /** {@code -Aseloste.dataPackages=com.example.model,...}: records and classes there are checked too. */
    public static final String OPTION_PACKAGES = "seloste.dataPackages";
    public static final Set<String> OPTIONS = Set.of(OPTION_MODE, OPTION_PACKAGES);

    /** The persistence annotations whose classes are checked, as the index contract lists them. */
    public static final Set<String> PERSISTENT_ANNOTATIONS = Set.copyOf(fi.seloste.index.ClaimedAnnotations.PERSISTENCE);

    private static final Set<String> TRANSIENT = Set.of(
            "jakarta.persistence.Transient", "javax.persistence.Transient", "org.springframework.data.annotation.Transient");

    private enum Mode { ERROR, WARNING, IGNORE }

    private final Elements elements;
    private final Reporter reporter;
    private final SourceLocator locator;
    private final Mode mode;
    private final List<String> packages;
    private final PersonalFieldDetector detector = new PersonalFieldDetector();
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
            reporter.report(Diagnostic.INVALID_OPTION, null, OPTION_MODE, value, "use error, warning or ignore");
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
        for (CompiledClasses.CompiledClass compiledClass : compiled.classes()) {
            TypeElement type = compiledClass.type();
            if (!persistent(compiledClass)) {
                continue;
            }
            for (CompiledClasses.CompiledField compiledField : compiledClass.fields()) {
                VariableElement field = compiledField.element();
                if (field.getKind() != ElementKind.FIELD || field.getModifiers().contains(Modifier.STATIC)
                        || field.getModifiers().contains(Modifier.TRANSIENT)
                        || annotated(compiledField) || refersToPersistentType(field.asType())) {
                    continue;
                }
                Optional<PersonalFieldDetector.Suspicion> suspicion =
                        detector.inspect(field.getSimpleName().toString(), field.asType().toString());
                if (suspicion.isEmpty()) {
                    continue;
                }
                String subject = type.getSimpleName() + "." + field.getSimpleName();
                if (mode == Mode.ERROR) {
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
     * The register the field would belong to once declared, so the plugin can list it in that register's notice;
     * {@code null} for the default register, and for an id that could name no register (reported when a field uses it).
     */
    private String register(TypeElement type) {
        String id = registerOf.apply(type);
        return id != null && DeclarationReader.REGISTER_ID.matcher(id).matches() && !id.equals(DeclarationReader.DEFAULT_REGISTER)
                ? id : null;
    }

    /**
     * An embedded value or a relation to another entity ({@code Address homeAddress}, {@code List<Visit> visits}) is
     * declared where that type is: its own fields are checked there.
     */
    private boolean refersToPersistentType(javax.lang.model.type.TypeMirror type) {
        if (type instanceof javax.lang.model.type.ArrayType array) {
            return refersToPersistentType(array.getComponentType());
        }
        if (type instanceof javax.lang.model.type.DeclaredType declared) {
            if (declared.asElement() instanceof TypeElement t && hasPersistentAnnotation(t)) {
                return true;
            }
            for (javax.lang.model.type.TypeMirror argument : declared.getTypeArguments()) {
                if (refersToPersistentType(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPersistentAnnotation(TypeElement type) {
        for (var mirror : type.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement t
                    && PERSISTENT_ANNOTATIONS.contains(t.getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean persistent(CompiledClasses.CompiledClass compiled) {
        if (compiled.annotatedWithAny(PERSISTENT_ANNOTATIONS)) {
            return true;
        }
        TypeElement type = compiled.type();
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
