package fi.seloste.benchmarks;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The baseline: a processor that claims exactly the annotation types seloste claims and does nothing, so
 * javac's own cost of running annotation processing (rounds, re-entering) is separated from seloste's.
 */
public final class NoOpProcessor extends AbstractProcessor {

    /** The same set as {@code PersonalDataProcessor.getSupportedAnnotationTypes()}; checked at start-up. */
    static final Set<String> CLAIMED = Set.of(
            "fi.seloste.PersonalData", "fi.seloste.NotPersonalData", "fi.seloste.PersonalDataDefaults",
            "fi.seloste.Purpose", "fi.seloste.Register", "fi.seloste.Source", "fi.seloste.DataCategory",
            "fi.seloste.DataSubject", "fi.seloste.Recipient",
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass",
            "javax.persistence.Entity", "javax.persistence.Embeddable", "javax.persistence.MappedSuperclass",
            "org.springframework.data.mongodb.core.mapping.Document",
            "org.springframework.data.relational.core.mapping.Table",
            "org.springframework.data.neo4j.core.schema.Node",
            "org.springframework.data.elasticsearch.annotations.Document");

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return CLAIMED;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    private final boolean generateOne;
    private boolean generated;

    /** A processor that does nothing. */
    public NoOpProcessor() {
        this(false);
    }

    /** @param generateOne whether to generate one empty class in the first round, as every generating processor does */
    public NoOpProcessor(boolean generateOne) {
        this.generateOne = generateOne;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (generateOne && !generated && !round.processingOver()) {
            generated = true;
            try (java.io.Writer w = processingEnv.getFiler().createSourceFile("bench.generated.OneClass").openWriter()) {
                w.write("package bench.generated;\n\npublic final class OneClass {\n}\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return false;
    }
}
