package fi.seloste.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One annotation as javac sees it (its mirror), with typed access to the values the developer wrote
 * explicitly, so defaults can tell "not set here" from "set to the default value".
 */
public final class AnnotationValues {

    private final Element element;
    private final AnnotationMirror mirror;
    private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;
    /** The written values by attribute name, looked up many times per annotation. */
    private final Map<String, AnnotationValue> byName;

    private AnnotationValues(Element element, AnnotationMirror mirror) {
        this.element = element;
        this.mirror = mirror;
        this.explicit = mirror.getElementValues();
        this.byName = new java.util.HashMap<>(explicit.size() * 2);
        explicit.forEach((attribute, value) -> byName.put(attribute.getSimpleName().toString(), value));
    }

    /**
     * @param element an annotated element
     * @param annotation the annotation's qualified name
     * @return its values, or {@code null} when the element does not carry the annotation
     */
    public static AnnotationValues of(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element type = mirror.getAnnotationType().asElement();
            if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(annotation)) {
                return new AnnotationValues(element, mirror);
            }
        }
        return null;
    }

    /**
     * @param element an annotated element
     * @param mirror one of its annotations, already found, or {@code null}
     * @return its values, or {@code null} when {@code mirror} is {@code null}
     */
    public static AnnotationValues of(Element element, AnnotationMirror mirror) {
        return mirror == null ? null : new AnnotationValues(element, mirror);
    }

    public Element element() {
        return element;
    }

    public AnnotationMirror mirror() {
        return mirror;
    }

    /** @return the value of an attribute as written, or {@code null} when it was not written */
    public AnnotationValue value(String name) {
        return byName.get(name);
    }

    /** @return whether the attribute was written */
    public boolean has(String name) {
        return value(name) != null;
    }

    /** The longest text an annotation may hold; the plugin reads strings up to 64 KiB from an index. */
    public static final int MAX_TEXT = 4000;

    /**
     * Reports every written string of this annotation that is longer than {@link #MAX_TEXT}.
     *
     * @return whether all fit
     */
    public boolean checkLengths(Reporter reporter, String subject) {
        boolean ok = true;
        for (var e : explicit.entrySet()) {
            Object value = e.getValue().getValue();
            if (value instanceof String s) {
                ok &= checkLength(reporter, subject, e.getKey(), e.getValue(), s);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue av && av.getValue() instanceof String s) {
                        ok &= checkLength(reporter, subject, e.getKey(), e.getValue(), s);
                    }
                }
            }
        }
        return ok;
    }

    private boolean checkLength(Reporter reporter, String subject, ExecutableElement attribute, AnnotationValue at, String v) {
        if (v.length() <= MAX_TEXT) {
            return true;
        }
        reporter.report(Diagnostic.TEXT_TOO_LONG, element, mirror, at,
                mirror.getAnnotationType().asElement().getSimpleName(), subject, attribute.getSimpleName(), v.length(), MAX_TEXT);
        return false;
    }

    /** @return the written string, or {@code null} when not written or not a string */
    public String string(String name) {
        AnnotationValue v = value(name);
        return v != null && v.getValue() instanceof String s ? s : null;
    }

    /**
     * @return the written strings of an array attribute, in order, exactly as written (blank ones kept);
     *     {@code null} when not written
     */
    public List<String> strings(String name) {
        AnnotationValue v = value(name);
        if (v == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        if (v.getValue() instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue av && av.getValue() instanceof String s) {
                    result.add(s);
                }
            }
        } else if (v.getValue() instanceof String s) {
            result.add(s);
        }
        return result;
    }

    /** @return the name of the written enum constant, or {@code null} when not written */
    public String enumName(String name) {
        AnnotationValue v = value(name);
        return v != null && v.getValue() instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
    }

    /**
     * @return the names of the written enum constants of an array attribute, in order; {@code null} when not written
     */
    public List<String> enumNames(String name) {
        AnnotationValue v = value(name);
        if (v == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        if (v.getValue() instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue av && av.getValue() instanceof VariableElement constant) {
                    result.add(constant.getSimpleName().toString());
                }
            }
        } else if (v.getValue() instanceof VariableElement constant) {
            result.add(constant.getSimpleName().toString());
        }
        return result;
    }

    /** @return the written boolean, or {@code null} when not written */
    public Boolean bool(String name) {
        AnnotationValue v = value(name);
        return v != null && v.getValue() instanceof Boolean b ? b : null;
    }
}
