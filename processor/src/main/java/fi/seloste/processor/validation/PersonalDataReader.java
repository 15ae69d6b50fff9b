package fi.seloste.processor.validation;

import fi.seloste.RetentionPeriod;
import fi.seloste.processor.model.PersonalField;
import fi.seloste.processor.model.SourceLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @PersonalData} by its annotation mirror (never by reflection, so it works on classes
 * being compiled) and validates it, reporting each problem on the offending annotation value.
 */
public final class PersonalDataReader {

    /** The annotation this reader understands. */
    public static final String ANNOTATION = "fi.seloste.PersonalData";

    private final Elements elements;
    private final Reporter reporter;
    private final SourceLocator locator;

    public PersonalDataReader(Elements elements, Reporter reporter, SourceLocator locator) {
        this.elements = elements;
        this.reporter = reporter;
        this.locator = locator;
    }

    /**
     * @param field a field carrying {@code @PersonalData}
     * @return the validated field, or empty when an error was reported on it
     */
    public Optional<PersonalField> read(VariableElement field) {
        AnnotationMirror mirror = mirrorOf(field);
        if (mirror == null) {
            return Optional.empty();
        }
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        String subject = owner.getSimpleName() + "." + field.getSimpleName();
        boolean ok = true;

        if (field.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(Diagnostic.STATIC_FIELD, field, mirror, null, subject);
            ok = false;
        }

        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
        AnnotationValue purposeValue = value(values, "purpose");
        List<String> purposes = texts(purposeValue);
        if (purposes.isEmpty()) {
            reporter.report(Diagnostic.PURPOSE_MISSING, field, mirror, purposeValue, subject);
            ok = false;
        }
        AnnotationValue sourceValue = value(values, "source");
        List<String> sources = texts(sourceValue);
        if (sources.isEmpty()) {
            reporter.report(Diagnostic.SOURCE_MISSING, field, mirror, sourceValue, subject);
            ok = false;
        }
        AnnotationValue retentionValue = value(values, "retention");
        String retention = retentionValue != null && retentionValue.getValue() instanceof String s ? s : null;
        try {
            RetentionPeriod.parse(retention);
        } catch (IllegalArgumentException e) {
            reporter.report(Diagnostic.RETENTION_INVALID, field, mirror, retentionValue, subject, e.getMessage());
            ok = false;
        }
        AnnotationValue fromValue = value(values, "retentionFrom");
        String from = fromValue != null && fromValue.getValue() instanceof VariableElement constant
                ? constant.getSimpleName().toString() : "COLLECTION";
        AnnotationValue labelValue = value(values, "label");
        String label = labelValue != null && labelValue.getValue() instanceof String s ? s : "";
        if (!label.isEmpty() && label.isBlank()) {
            reporter.report(Diagnostic.BLANK_LABEL, field, mirror, labelValue, subject);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        SourceLocator.Position position = locator.locate(field);
        return Optional.of(new PersonalField(
                elements.getBinaryName(owner).toString(),
                field.getSimpleName().toString(),
                field.asType().toString(),
                label.isEmpty() ? null : label.strip(),
                purposes,
                sources,
                new PersonalField.Retention(retention, from),
                position.file(),
                position.line()));
    }

    private static AnnotationMirror mirrorOf(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element type = mirror.getAnnotationType().asElement();
            if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(ANNOTATION)) {
                return mirror;
            }
        }
        return null;
    }

    private static AnnotationValue value(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The non-blank strings of a {@code String[]} value, stripped; blank entries count as missing. */
    private static List<String> texts(AnnotationValue value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        Object raw = value.getValue();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue v && v.getValue() instanceof String s) {
                    if (s.isBlank()) {
                        return new ArrayList<>();
                    }
                    result.add(s.strip());
                }
            }
        } else if (raw instanceof String s && !s.isBlank()) {
            result.add(s.strip());
        }
        return result;
    }
}
