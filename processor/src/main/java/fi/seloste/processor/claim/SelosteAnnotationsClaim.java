package fi.seloste.processor.claim;

import fi.seloste.index.ClaimedAnnotations;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims seloste's own annotations once {@code PersonalDataProcessor} has seen them, as Lombok's claiming processor
 * does for Lombok's, so that {@code -Xlint:processing} ("No processor claimed any of these annotations") has nothing
 * to say about them and a {@code -Werror} build stays green. No other processor has any use for them.
 *
 * <p>It must come after {@code PersonalDataProcessor} in {@code META-INF/services/javax.annotation.processing.Processor}:
 * javac offers an annotation only to the processors before the one that claims it.
 */
public final class SelosteAnnotationsClaim extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.copyOf(ClaimedAnnotations.SELOSTE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return true;
    }
}
