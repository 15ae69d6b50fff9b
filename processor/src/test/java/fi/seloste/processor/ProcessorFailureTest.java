package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * When javac's Filer refuses a file, or seloste itself breaks, the processor reports one catalogue error or
 * warning with its id and never lets an exception or stack trace reach javac.
 */
class ProcessorFailureTest {

    private static final JavaFileObject CHAT = MetamodelTest.CHAT;

    @Test
    void anIndexAnotherProcessorAlreadyWroteIsReportedNotThrown() {
        Compilation c = compile(new String[0], new PersonalDataProcessor(), new IndexSquatter());
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P801] could not write META-INF/seloste/personal-data.json");
        assertThat(c).hadErrorContaining("./mvnw clean compile");
    }

    @Test
    void anExceptionInsideTheProcessorBecomesOneErrorAndNoIndex() {
        BrokenElements broken = new BrokenElements(new PersonalDataProcessor());
        Compilation c = compile(new String[0], broken);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P901] internal error in seloste-processor while processing round 1: "
                + "IllegalStateException: broken on purpose");
        assertEquals(0, broken.resourcesCreated, "an index missing what the failure skipped must not be written");
    }

    @Test
    void aStackTraceIsPrintedOnlyWhenAskedFor() {
        Compilation c = Compiler.javac().withProcessors(new BrokenElements(new PersonalDataProcessor()))
                .withOptions("-Aseloste.debug=true").compile(CHAT);
        assertThat(c).hadErrorContaining("[SELOSTE-P901]");
        assertThat(c).hadErrorContaining("java.lang.IllegalStateException: broken on purpose");
        assertThat(c).hadErrorContaining("\tat fi.seloste.processor.model.CompiledClasses");
    }

    @Test
    void anEntityGeneratedInALaterRoundIsIndexedAndItsMetamodelGapReported() throws Exception {
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, new PersonalDataProcessor(), new EntityGenerator());
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SELOSTE-P804] the metamodel com.example.chat.PersonalFields was written in round 1");
        assertThat(c).hadWarningContaining("in round 2 are not in it (they are in the index)");
        assertEquals(1, ProcessorTestSupport.index(c).get("fields").findValues("className").stream()
                .filter(n -> n.asText().equals("com.example.chat.GeneratedVisitor")).count());
    }

    private static Compilation compile(String[] options, Processor... processors) {
        Compilation c = Compiler.javac().withProcessors(processors).withOptions((Object[]) options).compile(CHAT);
        for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
            String text = d.getMessage(null);
            assertFalse(text.contains("threw an uncaught exception") || text.contains("\tat "), "no stack trace: " + text);
        }
        return c;
    }

    /** Another processor that claims seloste's index file first, as a misconfigured build might. */
    private static final class IndexSquatter extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler()
                        .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/seloste/personal-data.json").openWriter()) {
                    w.write("{}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Generates an entity with a personal field into an existing package in round 1, so seloste sees it in round 2. */
    private static final class EntityGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("com.example.chat.GeneratedVisitor").openWriter()) {
                    w.write("package com.example.chat;\n"
                            + "public class GeneratedVisitor {\n"
                            + "    @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P1Y\", source = \"Asiakas\",\n"
                            + "        basis = fi.seloste.LegalBasis.CONTRACT, sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)\n"
                            + "    String visitorName;\n"
                            + "}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Runs seloste with an {@link Elements} that fails, standing in for any defect inside the processor. */
    private static final class BrokenElements extends AbstractProcessor {
        private final Processor delegate;
        /** How many resources seloste asked the Filer for. */
        int resourcesCreated;

        BrokenElements(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            Elements broken = proxy(Elements.class, env.getElementUtils(), "getBinaryName", null);
            javax.annotation.processing.Filer counting = (javax.annotation.processing.Filer) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.Filer.class}, (p, method, args) -> {
                        if (method.getName().equals("createResource")) {
                            resourcesCreated++;
                        }
                        return invoke(method, env.getFiler(), args);
                    });
            delegate.init(proxy(ProcessingEnvironment.class, env, null, (p, method, args) ->
                    method.getName().equals("getElementUtils") ? broken
                            : method.getName().equals("getFiler") ? counting : invoke(method, env, args)));
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        /** A proxy that throws from the method named {@code failing} and otherwise asks {@code answer}, or the target. */
        private static <T> T proxy(Class<T> type, T target, String failing, java.lang.reflect.InvocationHandler answer) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                if (method.getName().equals(failing)) {
                    throw new IllegalStateException("broken on purpose");
                }
                return answer != null ? answer.invoke(p, method, args) : invoke(method, target, args);
            }));
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
