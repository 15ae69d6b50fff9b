package fi.seloste.processor.step;

import fi.seloste.index.PersonalField;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.processor.validation.AnnotationValues;
import fi.seloste.processor.validation.FieldResolver;
import fi.seloste.processor.validation.Reporter;
import java.util.HashSet;
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
 * stores ({@code declaredIn} names where the field is written). Each such field is resolved for the entity: what the
 * field and its class leave out (register, purposes, subjects, the other defaults) comes from the entity, so one
 * {@code Person} superclass serves owners and vets in different registers. A field the entity (or a nearer
 * superclass) declares under the same name hides the inherited one, as in Java.
 *
 * <p>A kept entity (not compiled now) whose superclass or embeddable is compiled now is reached again from its
 * class file, so an edit of the superclass alone reaches it, as in a clean build.
 */
public final class EntityReach {

    private static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    static final Set<String> MAPPED_SUPERCLASS = Set.of("jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
    static final Set<String> EMBEDDABLE = Set.of("jakarta.persistence.Embeddable", "javax.persistence.Embeddable");

    private final Elements elements;
    private final Types types;
    private final FieldResolver resolver;
    private final Reporter reporter;

    public EntityReach(Elements elements, Types types, FieldResolver resolver, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.resolver = resolver;
        this.reporter = reporter;
    }

    /** Reaches the entities compiled now, then the kept entities whose superclass or embeddable is compiled now. */
    public void reach(CompiledClasses compiled, CompilationState state) {
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            if (type.annotatedWithAny(ENTITY)) {
                reach(type, state);
            }
        }
        reachKeptEntitiesAgain(state);
        reportUnreached(state);
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
        // Java hiding: a field of the entity, or of a nearer superclass, hides an inherited field of the same name,
        // so the entity's own entry keeps its own facts
        Set<String> names = new HashSet<>();
        for (CompiledClasses.CompiledField own : type.fields()) {
            names.add(own.element().getSimpleName().toString());
        }
        // mapped superclasses, nearest first
        TypeMirror superType = entity.getSuperclass();
        while (superType.getKind() == TypeKind.DECLARED) {
            TypeElement parent = (TypeElement) types.asElement(superType);
            boolean mapped = hasAnnotation(parent, MAPPED_SUPERCLASS);
            String parentName = elements.getBinaryName(parent).toString();
            for (VariableElement field : ElementFilter.fieldsIn(parent.getEnclosedElements())) {
                String name = field.getSimpleName().toString();
                if (!names.add(name) || !mapped || !storedPersonal(field)) {
                    continue;
                }
                String subject = entity.getSimpleName() + "." + name + " (inherited from " + parent.getSimpleName() + ")";
                resolver.resolveFor(field, entity, subject)
                        .ifPresent(f -> state.resolved(placed(f, state).reachedFrom(entityName, name, parentName)));
            }
            if (mapped) {
                state.reachedShared(parentName);
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
                String embeddableName = elements.getBinaryName(embeddable).toString();
                for (VariableElement inner : ElementFilter.fieldsIn(embeddable.getEnclosedElements())) {
                    if (!storedPersonal(inner)) {
                        continue;
                    }
                    String name = field.getSimpleName() + "." + inner.getSimpleName();
                    String subject = entity.getSimpleName() + "." + name + " (embedded from " + embeddable.getSimpleName() + ")";
                    resolver.resolveFor(inner, entity, subject)
                            .ifPresent(f -> state.resolved(placed(f, state).reachedFrom(entityName, name, embeddableName)));
                }
                state.reachedShared(embeddableName);
            }
        }
    }

    /**
     * Reports what resolving the fields of a mapped superclass or embeddable on its own found wrong, for those no
     * entity reached: nothing supplies the facts they leave out. Done in the round that compiled them, while javac
     * can still place the diagnostics on their source lines.
     */
    private void reportUnreached(CompilationState state) {
        reporter.replay(state.takeUnreachedShared());
    }

    /**
     * The field with its source position: one read from a class file has none, so it takes the one the previous
     * index recorded, as a clean build would write it.
     */
    private static PersonalField placed(PersonalField f, CompilationState state) {
        if (f.sourceFile() != null) {
            return f;
        }
        PersonalField known = state.keptPosition(f.className() + "#" + f.field());
        if (known == null) {
            return f;
        }
        return new PersonalField(f.className(), f.field(), f.declaredIn(), f.javaType(), f.register(), f.labels(),
                f.purposes(), f.sources(), f.categories(), f.subjects(), f.recipients(), f.retention(), f.special(),
                f.specialCondition(), f.identityCodeGround(), f.lawfulness(), f.sourceKind(), known.sourceFile(),
                known.line(), f.origin());
    }

    /** An instance field with {@code @PersonalData}: static ones are reported where they are declared. */
    private static boolean storedPersonal(VariableElement field) {
        return !field.getModifiers().contains(Modifier.STATIC)
                && AnnotationValues.of(field, FieldResolver.PERSONAL_DATA) != null;
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
