package fi.seloste.processor.detection;

import fi.seloste.processor.detection.ClassShape.Declaration;
import fi.seloste.processor.detection.ClassShape.FieldShape;
import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.ClassShape.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Reads classes as javac sees them into {@link ClassShape}s, so the detector can judge a field with its class and the
 * classes it links to without depending on javac itself. A class is read once; the classes its fields and superclass
 * reach are read when first asked for, also from class files of earlier compilations and dependencies.
 *
 * <p>A class is known to the detector when it is persistent ({@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass} and the Spring Data mappings) or a data class (a class or record the caller says is
 * checked, such as one in a data package). Other types (text, numbers, enums, library classes) are plain values.
 */
public final class ShapeReader {

    private static final String PERSONAL_DATA = "fi.seloste.PersonalData";
    private static final String NOT_PERSONAL_DATA = "fi.seloste.NotPersonalData";
    private static final Set<String> TRANSIENT = Set.of(
            "jakarta.persistence.Transient", "javax.persistence.Transient", "org.springframework.data.annotation.Transient");

    private final Elements elements;
    private final Set<String> persistence;
    private final Predicate<TypeElement> dataClass;
    private final Map<String, Optional<ClassShape>> shapes = new HashMap<>();
    private final Map<String, TypeElement> byName = new HashMap<>();

    /**
     * @param elements javac's element utilities
     * @param persistence the qualified names of the annotations that make a class persistent
     * @param dataClass whether a class without such an annotation is checked as data (a DTO in a data package)
     */
    public ShapeReader(Elements elements, Set<String> persistence, Predicate<TypeElement> dataClass) {
        this.elements = elements;
        this.persistence = persistence;
        this.dataClass = dataClass;
    }

    /** The shape of a class the detector knows, or empty for a plain value type. */
    public Optional<ClassShape> shape(TypeElement type) {
        String name = elements.getBinaryName(type).toString();
        Optional<ClassShape> known = shapes.get(name);
        if (known != null) {
            return known;
        }
        byName.put(name, type);
        Role role = role(type);
        if (role == null) {
            shapes.put(name, Optional.empty());
            return Optional.empty();
        }
        shapes.put(name, Optional.empty()); // a field of the class's own type must not read it again
        ClassShape shape = read(type, name, role);
        shapes.put(name, Optional.of(shape));
        return shapes.get(name);
    }

    /** The shape of a class read before (as a field's target or a superclass), by binary name. */
    public Optional<ClassShape> shape(String binaryName) {
        Optional<ClassShape> known = shapes.get(binaryName);
        if (known != null && known.isPresent()) {
            return known;
        }
        TypeElement type = byName.get(binaryName);
        if (type == null) {
            type = elements.getTypeElement(binaryName.replace('$', '.'));
        }
        return type == null ? Optional.empty() : shape(type);
    }

    private Role role(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            return null;
        }
        Role role = null;
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            if (persistence.contains(name)) {
                if (name.endsWith(".Embeddable")) {
                    return Role.EMBEDDABLE;
                }
                if (name.endsWith(".MappedSuperclass")) {
                    return Role.MAPPED_SUPERCLASS;
                }
                role = Role.ENTITY;
            }
        }
        if (role == null && dataClass.test(type)) {
            role = Role.DATA;
        }
        return role;
    }

    private ClassShape read(TypeElement type, String name, Role role) {
        List<FieldShape> fields = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.STATIC)) {
                fields.add(field((VariableElement) member));
            }
        }
        String superclass = null;
        if (type.getSuperclass() instanceof DeclaredType declared && declared.asElement() instanceof TypeElement parent
                && role(parent) != null) {
            superclass = elements.getBinaryName(parent).toString();
            byName.put(superclass, parent);
        }
        return new ClassShape(name, type.getSimpleName().toString(), role, superclass, List.copyOf(fields));
    }

    private FieldShape field(VariableElement field) {
        Set<String> annotations = new LinkedHashSet<>();
        Declaration declaration = field.getModifiers().contains(Modifier.TRANSIENT) ? Declaration.NOT_STORED : Declaration.UNDECLARED;
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            annotations.add(name.substring(name.lastIndexOf('.') + 1));
            if (name.equals(PERSONAL_DATA)) {
                declaration = Declaration.PERSONAL;
            } else if (name.equals(NOT_PERSONAL_DATA) && declaration != Declaration.PERSONAL) {
                declaration = Declaration.NOT_PERSONAL;
            } else if (TRANSIENT.contains(name) && declaration == Declaration.UNDECLARED) {
                declaration = Declaration.NOT_STORED;
            }
        }
        TypeMirror type = field.asType();
        TypeElement target = target(type);
        String targetName = null;
        Link link = Link.NONE;
        if (target != null) {
            Optional<ClassShape> shape = shape(target);
            targetName = elements.getBinaryName(target).toString();
            if (shape.isPresent() && !shape.get().fields().isEmpty()) {
                link = link(annotations, shape.get().role(), isContainer(type));
            } else if (shapes.containsKey(targetName) && shapes.get(targetName).isEmpty() && role(target) != null) {
                link = link(annotations, role(target), isContainer(type)); // the class itself, or a cycle being read
            }
            if (link == Link.NONE) {
                targetName = null;
            }
        }
        return new FieldShape(field.getSimpleName().toString(), type.toString(), Set.copyOf(annotations), link, targetName,
                enumType(type), declaration);
    }

    private static Link link(Set<String> annotations, Role targetRole, boolean container) {
        if (annotations.contains("ManyToOne")) {
            return Link.MANY_TO_ONE;
        }
        if (annotations.contains("OneToOne")) {
            return Link.ONE_TO_ONE;
        }
        if (annotations.contains("OneToMany")) {
            return Link.ONE_TO_MANY;
        }
        if (annotations.contains("ManyToMany")) {
            return Link.MANY_TO_MANY;
        }
        if (annotations.contains("Embedded") || annotations.contains("EmbeddedId") || annotations.contains("ElementCollection")
                || targetRole == Role.EMBEDDABLE) {
            return Link.EMBEDDED;
        }
        if (targetRole == Role.ENTITY || targetRole == Role.MAPPED_SUPERCLASS) {
            return container ? Link.ONE_TO_MANY : Link.MANY_TO_ONE;
        }
        return Link.VALUE;
    }

    /** The first class a type reaches that the detector may know: itself, an array's element, a type argument. */
    private TypeElement target(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return target(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() == null ? null : target(wildcard.getExtendsBound());
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            if (role(element) != null) {
                return element;
            }
            for (TypeMirror argument : declared.getTypeArguments()) {
                TypeElement found = target(argument);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isContainer(TypeMirror type) {
        return type instanceof ArrayType || (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty());
    }

    private static boolean enumType(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return enumType(array.getComponentType());
        }
        if (type instanceof DeclaredType declared) {
            if (declared.asElement().getKind() == ElementKind.ENUM) {
                return true;
            }
            for (TypeMirror argument : declared.getTypeArguments()) {
                if (enumType(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement() instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    }
}
