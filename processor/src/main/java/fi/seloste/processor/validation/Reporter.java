package fi.seloste.processor.validation;

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

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void report(Diagnostic diagnostic, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
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

    /** @return whether an error has been reported */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** @return how many errors have been reported so far */
    public int errorCount() {
        return errors;
    }
}
