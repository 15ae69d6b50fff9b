package fi.seloste.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Puts catalogue diagnostics on the exact element, annotation or annotation value they are about, so
 * javac and the IDE point at the offending code, and remembers whether any error was reported.
 */
public final class Reporter {

    private final Messager messager;
    private int errors;
    /** While {@link #capture} runs, what would be reported, held back; {@code null} otherwise. */
    private List<Pending> captured;
    private int capturedErrors;

    /**
     * A diagnostic held back by {@link #capture}, to be {@link #replay replayed} or dropped.
     *
     * @param diagnostic what
     * @param element where, or {@code null}
     * @param mirror on which annotation, or {@code null}
     * @param value on which value, or {@code null}
     * @param args the message's arguments
     */
    public record Pending(Diagnostic diagnostic, Element element, AnnotationMirror mirror, AnnotationValue value,
            Object[] args) {

        /** @return whether it is an error */
        public boolean error() {
            return diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR;
        }
    }

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void report(Diagnostic diagnostic, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
        if (captured != null) {
            Pending pending = new Pending(diagnostic, element, mirror, value, args);
            captured.add(pending);
            if (pending.error()) {
                capturedErrors++;
            }
            return;
        }
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        String message = diagnostic.format(args);
        if (element == null) {
            messager.printMessage(diagnostic.kind(), message);
        } else if (mirror == null) {
            messager.printMessage(diagnostic.kind(), message, element);
        } else if (value == null) {
            messager.printMessage(diagnostic.kind(), message, element, mirror);
        } else {
            messager.printMessage(diagnostic.kind(), message, element, mirror, value);
        }
    }

    public void report(Diagnostic diagnostic, Element element, Object... args) {
        report(diagnostic, element, null, null, args);
    }

    /**
     * Reports a diagnostic at a place that has no element (a tree javac has not attributed), printed by the caller.
     *
     * @param diagnostic what
     * @param printer prints the kind and the formatted message at the place
     * @param args the message's arguments
     */
    public void reportAt(Diagnostic diagnostic, java.util.function.BiConsumer<javax.tools.Diagnostic.Kind, String> printer,
            Object... args) {
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        printer.accept(diagnostic.kind(), diagnostic.format(args));
    }

    /**
     * Runs an action with every diagnostic it reports held back instead of printed: a field of a mapped superclass
     * or embeddable is resolved on its own this way, because the entity that stores it may supply what is missing.
     * While it runs, held-back errors count in {@link #errorCount()}, so the action sees its own errors.
     *
     * @param action what to run
     * @return what it would have reported, in order
     */
    public List<Pending> capture(Runnable action) {
        if (captured != null) {
            throw new IllegalStateException("capture is not reentrant");
        }
        captured = new ArrayList<>();
        try {
            action.run();
            return captured;
        } finally {
            captured = null;
            capturedErrors = 0;
        }
    }

    /** Reports diagnostics that {@link #capture} held back. */
    public void replay(List<Pending> pending) {
        for (Pending p : pending) {
            report(p.diagnostic(), p.element(), p.mirror(), p.value(), p.args());
        }
    }

    /** @return whether an error has been reported */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** @return how many errors have been reported so far */
    public int errorCount() {
        return errors + capturedErrors;
    }
}
