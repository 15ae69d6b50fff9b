package fi.seloste.processor.step;

import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.processor.validation.AnnotationValues;
import fi.seloste.processor.validation.FieldResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Step 3, reach entities through mapped superclasses and embeddables: an entity stores the personal fields of its
 * {@code @MappedSuperclass} parents and {@code @Embeddable} values too, so each entity's entry lists everything it
 * stores ({@code declaredIn} names where the field is written).
 *
 * <p>A kept entity (not compiled now) whose superclass or embeddable is compiled now is reached again from its
 * class file, so an edit of the superclass alone reaches it, as in a clean build.
 */
public final class EntityReach {

    private static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    private static final Set<String> MAPPED_SUPERCLASS = Set.of("jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
    private static final Set<String> EMBEDDABLE = Set.of("jakarta.persistence.Embeddable", "javax.persistence.Embeddable");

    private final Elements elements;
    private final Types types;
    private final FieldResolver resolver;

    public EntityReach(Elements elements, Types types, FieldResolver resolver) {
        this.elements = elements;
        this.types = types;
        this.resolver = resolver;
    }

    /** Reaches the entities compiled now, then the kept entities whose superclass or embeddable is compiled now. */
    public void reach(CompiledClasses compiled, CompilationState state) {
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            if (type.annotatedWithAny(ENTITY)) {
                reach(type, state);
            }
        }
        reachKeptEntitiesAgain(state);
    }

    /**
     * Reaches again, from its class file, each kept entity whose mapped superclass or embeddable is compiled now
     * (or gone): its own entries are taken over as they were, and its reached copies are made anew. An entity that
     * cannot be found keeps its old entries.
     */
    private void reachKeptEntitiesAgain(CompilationState state) {
        for (String name : state.takeReachAgain()) {
            if (state.isProcessed(name)) {
                continue; // compiled in this round after all: reached above
            }
            TypeElement type = elements.getTypeElement(name.replace('$', '.'));
            if (type == null || !elements.getBinaryName(type).contentEquals(name)) {
                continue;
            }
            CompiledClasses.CompiledClass entity = CompiledClasses.of(Set.of(type), elements).classes().get(0);
            if (!entity.annotatedWithAny(ENTITY)) {
                continue;
            }
            state.takeOverKept(name);
            reach(entity, state);
        }
    }

    private void reach(CompiledClasses.CompiledClass type, CompilationState state) {
        TypeElement entity = type.type();
        String entityName = type.binaryName();
        // mapped superclasses, nearest first
        TypeMirror superType = entity.getSuperclass();
        while (superType.getKind() == TypeKind.DECLARED) {
            TypeElement parent = (TypeElement) types.asElement(superType);
            if (hasAnnotation(parent, MAPPED_SUPERCLASS)) {
                for (PersonalField f : personalFieldsOf(parent, state)) {
                    copy(f, entityName, f.field(), parent, state);
                }
            }
            superType = parent.getSuperclass();
        }
        // embedded values
        for (CompiledClasses.CompiledField compiledField : type.fields()) {
            VariableElement field = compiledField.element();
            if (field.getModifiers().contains(Modifier.STATIC) || compiledField.annotation(FieldResolver.PERSONAL_DATA) != null
                    || field.asType().getKind() != TypeKind.DECLARED) {
                continue;
            }
            Element fieldType = types.asElement(field.asType());
            if (fieldType instanceof TypeElement embeddable && hasAnnotation(embeddable, EMBEDDABLE)) {
                for (PersonalField f : personalFieldsOf(embeddable, state)) {
                    copy(f, entityName, field.getSimpleName() + "." + f.field(), embeddable, state);
                }
            }
        }
    }

    private void copy(PersonalField f, String className, String fieldName, TypeElement declaredIn,
            CompilationState state) {
        PersonalField reached = f.reachedFrom(className, fieldName, elements.getBinaryName(declaredIn).toString());
        state.resolved(reached);
    }

    /** The resolved personal fields a type declares, resolved now when it comes from the class path. */
    private List<PersonalField> personalFieldsOf(TypeElement type, CompilationState state) {
        String name = elements.getBinaryName(type).toString();
        List<PersonalField> result = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (AnnotationValues.of(field, FieldResolver.PERSONAL_DATA) == null) {
                continue;
            }
            String key = name + "#" + field.getSimpleName();
            PersonalField known = state.resolvedField(key);
            if (known == null) {
                known = state.keptField(key);
            }
            if (known != null) {
                result.add(known);
            } else if (!state.isProcessed(name)) {
                resolver.resolve(field).ifPresent(result::add); // from a class file: checked when it was compiled
            }
        }
        return result;
    }

    private static boolean hasAnnotation(TypeElement type, Set<String> names) {
        for (var mirror : type.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement t && names.contains(t.getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }
}
