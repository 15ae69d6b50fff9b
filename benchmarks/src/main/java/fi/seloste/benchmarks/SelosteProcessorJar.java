package fi.seloste.benchmarks;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.Processor;

/**
 * Loads seloste's processor from a built jar rather than from the benchmark's class path, so any build of
 * the processor (this branch's or a later one) can be measured by passing its path.
 */
final class SelosteProcessorJar implements AutoCloseable {

    static final String PROCESSOR = "fi.seloste.processor.PersonalDataProcessor";

    private final URLClassLoader loader;
    private final Class<? extends Processor> type;
    private final Path jar;

    SelosteProcessorJar(Path jar, Path annotations) throws IOException, ClassNotFoundException {
        for (Path p : new Path[] {jar, annotations}) {
            if (!Files.exists(p)) {
                throw new IOException(p + " does not exist; build it first: ./mvnw -q -B -pl annotations,processor package -DskipTests");
            }
        }
        this.jar = jar;
        loader = new URLClassLoader("seloste-processor", new URL[] {url(jar), url(annotations)},
                SelosteProcessorJar.class.getClassLoader());
        type = Class.forName(PROCESSOR, true, loader).asSubclass(Processor.class);
    }

    /** @return a new processor instance; javac needs one per compilation */
    Processor newInstance() {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + PROCESSOR + " from " + jar, e);
        }
    }

    Set<String> supportedAnnotationTypes() {
        return newInstance().getSupportedAnnotationTypes();
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toAbsolutePath().normalize().toUri().toURL();
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
