package fi.seloste.processor.claim;

import fi.seloste.processor.PersonalDataProcessor;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Keeps a {@code -Xlint:all -Werror} build green after seloste is added to a project that had no annotation processor:
 *
 * <ul>
 *   <li>Adding seloste makes javac run annotation processing, and {@code -Xlint:processing} then warns about every
 *       annotation no processor claims ({@code @Entity}, {@code @Id}, {@code @Test}...), which it never did before.
 *       When seloste's processors are the only ones on the processor path, this one, which javac asks last, claims
 *       whatever is left. With any other processor there, it claims nothing: the warnings are then the same as
 *       before seloste came.</li>
 *   <li>javac warns about {@code -A} options that no processor it ran recognises, and seloste's main processor does
 *       not run in a compilation without its annotations, such as the test sources when
 *       {@code -Aseloste.undeclared=warning} is set for the whole {@code maven-compiler-plugin}. This one supports
 *       every annotation, so javac runs it, and it recognises seloste's options.</li>
 * </ul>
 */
public final class RemainingAnnotationsClaim extends AbstractProcessor {

    /** Whether seloste's processors are the only ones javac found, so claiming the rest hides nothing of anyone's. */
    private boolean alone;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        alone = onlySelosteProcessors(getClass().getClassLoader());
    }

    /**
     * @param loader the class loader javac loaded this processor with, which lists the processors it found
     * @return whether every processor there is seloste's
     */
    static boolean onlySelosteProcessors(ClassLoader loader) {
        String ours = PersonalDataProcessor.class.getPackageName() + ".";
        try {
            return ServiceLoader.load(Processor.class, loader).stream()
                    .allMatch(provider -> provider.type().getName().startsWith(ours));
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            return false; // a processor that cannot even be listed is someone else's
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return PersonalDataProcessor.options();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return alone;
    }
}
