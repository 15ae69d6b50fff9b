package fi.seloste.processor.step;

import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.FieldResolver;
import fi.seloste.processor.validation.Reporter;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Step 2, resolve fields: every {@code @PersonalData} field compiled in the round is checked and completed from its
 * class, package and register defaults into the field the index and notices describe.
 *
 * <p>A field of a {@code @MappedSuperclass} or {@code @Embeddable} is stored by the entities that use it, which may
 * supply the facts it leaves out (its register, purposes, ...): it is resolved on its own without reporting, and its
 * problems are reported only if no entity reaches it ({@link EntityReach#reportUnreached}); each entity resolves it
 * again with its own facts.
 *
 * <p>A field the resolver breaks on becomes one {@code SELOSTE-P901} error on that field; the others are still
 * resolved, and the index is then not written.
 */
public final class FieldResolution {

    private final FieldResolver resolver;
    private final Reporter reporter;
    private final InternalErrorText errors;

    public FieldResolution(FieldResolver resolver, Reporter reporter, InternalErrorText errors) {
        this.resolver = resolver;
        this.reporter = reporter;
        this.errors = errors;
    }

    /** Forgets what the resolver cached for the previous round. */
    public void newRound() {
        resolver.newRound();
    }

    public void resolve(CompiledClasses compiled, CompilationState state) {
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            boolean shared = type.annotatedWithAny(EntityReach.MAPPED_SUPERCLASS) || type.annotatedWithAny(EntityReach.EMBEDDABLE);
            for (CompiledClasses.CompiledField field : type.fields()) {
                if (field.annotation(FieldResolver.PERSONAL_DATA) == null) {
                    continue;
                }
                VariableElement element = field.element();
                if (element.getKind() == ElementKind.ENUM_CONSTANT) {
                    reporter.report(Diagnostic.STATIC_FIELD, element, type.type().getSimpleName() + "."
                            + element.getSimpleName() + " (an enum constant)");
                    continue;
                }
                try {
                    if (shared) {
                        // resolved on its own quietly: the entities that store it may supply what it leaves out
                        List<Reporter.Pending> held = reporter.capture(
                                () -> resolver.resolve(field).ifPresent(resolved -> state.resolved(resolved, element)));
                        state.holdShared(type.binaryName(), held);
                    } else {
                        resolver.resolve(field).ifPresent(resolved -> state.resolved(resolved, element));
                    }
                } catch (RuntimeException e) {
                    state.internalError();
                    reporter.report(Diagnostic.INTERNAL_ERROR, element, element.getSimpleName(), errors.describe(e));
                }
            }
        }
    }
}
