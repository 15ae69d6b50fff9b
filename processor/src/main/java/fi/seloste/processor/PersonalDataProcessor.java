package fi.seloste.processor;

import com.google.auto.service.AutoService;
import fi.seloste.processor.model.PersonalField;
import fi.seloste.processor.model.SourceLocator;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.PersonalDataReader;
import fi.seloste.processor.validation.Reporter;
import fi.seloste.processor.writer.IndexWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The compile-time entry point: gathers every {@code @PersonalData} field over all rounds, validates it,
 * and writes the index once, in the final round.
 *
 * <p>No exception escapes to javac: an unexpected failure becomes one {@code SELOSTE-P901} error.
 */
@AutoService(Processor.class)
public final class PersonalDataProcessor extends AbstractProcessor {

    /** {@code -Aseloste.debug=true} prints stack traces of internal errors. */
    static final String OPTION_DEBUG = "seloste.debug";

    private Reporter reporter;
    private PersonalDataReader reader;
    private final Map<String, PersonalField> fields = new LinkedHashMap<>();
    private final List<Element> originating = new ArrayList<>();
    private boolean written;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        reporter = new Reporter(env.getMessager());
        reader = new PersonalDataReader(env.getElementUtils(), reporter, SourceLocator.of(env));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(PersonalDataReader.ANNOTATION);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OPTION_DEBUG);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                writeIndexOnce();
            } else {
                collect(annotations, round);
            }
        } catch (RuntimeException | LinkageError e) {
            reporter.report(Diagnostic.INTERNAL_ERROR, null, "round " + (round.processingOver() ? "final" : "normal"), describe(e));
        }
        return false;
    }

    private void collect(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (!annotation.getQualifiedName().contentEquals(PersonalDataReader.ANNOTATION)) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() != ElementKind.FIELD) {
                    continue; // javac already rejects @PersonalData anywhere but on fields
                }
                try {
                    reader.read((VariableElement) element).ifPresent(field -> {
                        fields.put(field.className() + "#" + field.field(), field);
                        originating.add(element);
                    });
                } catch (RuntimeException e) {
                    reporter.report(Diagnostic.INTERNAL_ERROR, element, element.getSimpleName(), describe(e));
                }
            }
        }
    }

    private void writeIndexOnce() {
        if (written) {
            return;
        }
        written = true;
        try {
            FileObject file = processingEnv.getFiler().createResource(
                    StandardLocation.CLASS_OUTPUT, "", IndexWriter.LOCATION, originating.toArray(new Element[0]));
            try (OutputStream out = file.openOutputStream()) {
                new IndexWriter().write(fields.values(), out);
            }
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.INDEX_NOT_WRITTEN, null, IndexWriter.LOCATION, e.getMessage());
        }
    }

    private String describe(Throwable e) {
        if (Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_DEBUG))) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
