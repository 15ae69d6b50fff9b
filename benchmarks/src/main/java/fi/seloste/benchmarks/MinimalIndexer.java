package fi.seloste.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The second baseline: the least a processor can do and still be an index of personal fields. It claims the types
 * seloste claims, reads every {@code @PersonalData} by mirror (every attribute value), and writes one line per field
 * into the class output in the last round. Its cost over the no-op is what any indexer pays; seloste's cost over it
 * is seloste's own (validation, inheritance, detection, the JSON index).
 */
public class MinimalIndexer extends AbstractProcessor {

    private final List<String> lines = new ArrayList<>();
    private long nanos;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return NoOpProcessor.CLAIMED;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        long start = System.nanoTime();
        TypeElement personalData = processingEnv.getElementUtils().getTypeElement("fi.seloste.PersonalData");
        if (personalData != null) {
            for (Element field : round.getElementsAnnotatedWith(personalData)) {
                StringBuilder line = new StringBuilder(field.getEnclosingElement().toString()).append('#').append(field.getSimpleName());
                for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
                    if (mirror.getAnnotationType().asElement().equals(personalData)) {
                        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
                            line.append('\t').append(e.getKey().getSimpleName()).append('=').append(e.getValue().getValue());
                        }
                    }
                }
                lines.add(line.toString());
            }
        }
        if (round.processingOver()) {
            try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    "META-INF/minimal-index.txt").openWriter()) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        nanos += System.nanoTime() - start;
        if (round.processingOver() && getClass() == MinimalIndexer.class) {
            // the figure the cold benchmark sets beside seloste's own -Aseloste.timing
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE,
                    String.format(java.util.Locale.ROOT, "minimal indexer: process() %.1f ms", nanos / 1e6));
        }
        return false;
    }
}
