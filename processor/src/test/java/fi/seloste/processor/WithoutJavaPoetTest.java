package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Processor;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * JavaPoet costs class loading on every compile, so the processor must not touch a JavaPoet class unless the
 * metamodel is on: run in a class loader that has no JavaPoet, it still writes the index.
 */
class WithoutJavaPoetTest {

    @Test
    void theMetamodelOffLoadsNoJavaPoetClass() throws Exception {
        try (NoJavaPoet loader = new NoJavaPoet()) {
            Compilation c = Compiler.javac().withProcessors(loader.processor()).compile(MetamodelTest.CHAT);
            assertThat(c).succeeded();
            assertEquals(Set.of(), loader.refused, "JavaPoet classes asked for with the metamodel off");
            assertTrue(c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/seloste/personal-data.json").isPresent());
            assertTrue(c.generatedSourceFiles().isEmpty(), "no metamodel source");
        }
    }

    @Test
    void theMetamodelOnDoesUseJavaPoet() throws Exception {
        try (NoJavaPoet loader = new NoJavaPoet()) {
            Compilation c = Compiler.javac().withProcessors(loader.processor())
                    .withOptions("-Aseloste.metamodel=true").compile(MetamodelTest.CHAT);
            assertFalse(loader.refused.isEmpty(), "the check above would not notice JavaPoet being loaded");
            assertThat(c).hadErrorContaining("[SELOSTE-P901]"); // reported, not thrown
        }
    }

    /** Loads the processor's own classes itself, and refuses JavaPoet. */
    private static final class NoJavaPoet extends URLClassLoader {
        final Set<String> refused = ConcurrentHashMap.newKeySet();

        NoJavaPoet() {
            super(new URL[] {PersonalDataProcessor.class.getProtectionDomain().getCodeSource().getLocation()},
                    NoJavaPoet.class.getClassLoader());
        }

        Processor processor() throws ReflectiveOperationException {
            return (Processor) loadClass(PersonalDataProcessor.class.getName()).getConstructor().newInstance();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.palantir.javapoet.")) {
                refused.add(name);
                throw new ClassNotFoundException(name);
            }
            if (name.startsWith("fi.seloste.processor.")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        try {
                            loaded = findClass(name);
                        } catch (ClassNotFoundException e) {
                            return super.loadClass(name, resolve);
                        }
                    }
                    return loaded;
                }
            }
            return super.loadClass(name, resolve);
        }
    }
}
