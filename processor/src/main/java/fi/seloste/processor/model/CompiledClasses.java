package fi.seloste.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The classes one round compiles, walked once: javac builds a new member list on every request, so each
 * class's fields and every annotation on them are listed a single time here and shared by all checks.
 */
public final class CompiledClasses {

    /**
     * One compiled class.
     *
     * @param type the class
     * @param binaryName its binary name ({@code a.b.Outer$Inner})
     * @param annotations the qualified names of the annotations on the class
     * @param fields its fields and enum constants, in source order
     */
    public record CompiledClass(TypeElement type, String binaryName, Set<String> annotations, List<CompiledField> fields) {

        /** Equal when the class is: a round reads each class once, and a record's own equality would walk every field. */
        @Override
        public boolean equals(Object o) {
            return o instanceof CompiledClass other && type.equals(other.type);
        }

        @Override
        public int hashCode() {
            return type.hashCode();
        }

        /** @return whether the class carries one of the named annotations */
        public boolean annotatedWithAny(Set<String> names) {
            for (String name : annotations) {
                if (names.contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One field with the annotations it carries.
     *
     * @param element the field
     * @param annotations each annotation's mirror by the annotation's qualified name; empty for most fields
     */
    public record CompiledField(VariableElement element, Map<String, AnnotationMirror> annotations) {

        /** Equal when the field is (see {@link CompiledClass#equals}). */
        @Override
        public boolean equals(Object o) {
            return o instanceof CompiledField other && element.equals(other.element);
        }

        @Override
        public int hashCode() {
            return element.hashCode();
        }

        /** @return the mirror of the named annotation, or {@code null} */
        public AnnotationMirror annotation(String name) {
            return annotations.isEmpty() ? null : annotations.get(name);
        }
    }

    private final List<CompiledClass> classes;

    private CompiledClasses(List<CompiledClass> classes) {
        this.classes = classes;
    }

    /** Walks the round's root elements and their nested classes. */
    public static CompiledClasses of(Set<? extends Element> roots, Elements elements) {
        List<CompiledClass> classes = new ArrayList<>();
        for (Element root : roots) {
            if (root instanceof TypeElement type) {
                walk(type, elements, classes);
            }
        }
        return new CompiledClasses(List.copyOf(classes));
    }

    private static void walk(TypeElement type, Elements elements, List<CompiledClass> out) {
        List<CompiledField> fields = new ArrayList<>();
        List<TypeElement> nested = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            ElementKind kind = member.getKind();
            if (kind == ElementKind.FIELD || kind == ElementKind.ENUM_CONSTANT) {
                fields.add(new CompiledField((VariableElement) member, annotationsOf(member)));
            } else if (member instanceof TypeElement inner) {
                nested.add(inner);
            }
        }
        out.add(new CompiledClass(type, elements.getBinaryName(type).toString(), annotationNames(type), List.copyOf(fields)));
        for (TypeElement inner : nested) {
            walk(inner, elements, out);
        }
    }

    private static Map<String, AnnotationMirror> annotationsOf(Element element) {
        List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
        if (mirrors.isEmpty()) {
            return Map.of();
        }
        Map<String, AnnotationMirror> result = new HashMap<>(mirrors.size() * 2);
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement t) {
                result.putIfAbsent(t.getQualifiedName().toString(), mirror);
            }
        }
        return result;
    }

    private static Set<String> annotationNames(Element element) {
        List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
        if (mirrors.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement t) {
                names.add(t.getQualifiedName().toString());
            }
        }
        return names;
    }

    /** @return every compiled class, outer classes before their nested ones, in source order */
    public List<CompiledClass> classes() {
        return classes;
    }
}
