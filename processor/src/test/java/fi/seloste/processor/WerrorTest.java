package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import fi.seloste.processor.claim.RemainingAnnotationsClaim;
import fi.seloste.processor.claim.SelosteAnnotationsClaim;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Xlint:all -Werror}: javac warns about annotations no processor claims and about {@code -A} options no
 * processor it ran recognises; neither may come from adding seloste to a project that compiled cleanly.
 */
class WerrorTest {

    private static final String[] WERROR = {"-Xlint:all", "-Werror", "-Aseloste.undeclared=warning"};

    static final JavaFileObject ID = source("jakarta.persistence.Id",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface Id {}");

    static final JavaFileObject ORDER = source("com.example.Order",
            "package com.example;",
            "import fi.seloste.*;",
            "@jakarta.persistence.Entity",
            PersonalDataValidationTest.LEGAL_DEFAULTS,
            "public class Order {",
            "    @jakarta.persistence.Id private long id;",
            "    @PersonalData(purpose = \"Toimitus\", retention = \"P1Y\", source = \"Asiakas\")",
            "    private String deliveryAddress;",
            "}");

    /** As javac finds them on the processor path: in the order of META-INF/services. */
    private static Compilation compile(String[] options, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new PersonalDataProcessor(), new SelosteAnnotationsClaim(), new RemainingAnnotationsClaim())
                .withOptions((Object[]) options)
                .compile(sources);
    }

    @Test
    void anEntityCompilesWithoutAWarningAndIsIndexed() {
        Compilation c = compile(WERROR, PersistenceTest.ENTITY, ID, ORDER);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/seloste/personal-data.json");
    }

    @Test
    void withoutTheClaimsTheSameEntityFailsUnderWerror() {
        Compilation c = Compiler.javac().withProcessors(new PersonalDataProcessor()).withOptions((Object[]) WERROR)
                .compile(PersistenceTest.ENTITY, ID, ORDER);
        assertThat(c).hadWarningContaining("No processor claimed any of these annotations");
        assertThat(c).failed();
    }

    @Test
    void sourcesWithoutSelosteAnnotationsDoNotWarnAboutItsOptions() {
        JavaFileObject test = source("com.example.OrderTest",
                "package com.example;",
                "public class OrderTest {",
                "    @Deprecated void old() {}",
                "}");
        assertThat(compile(WERROR, test)).succeededWithoutWarnings();
        Compilation without = Compiler.javac().withProcessors(new PersonalDataProcessor()).withOptions((Object[]) WERROR)
                .compile(test);
        assertThat(without).hadWarningContaining("The following options were not recognized by any processor");
    }

    @Test
    void theProcessorsAreListedInTheOrderTheyMustRunIn() throws Exception {
        try (InputStream in = PersonalDataProcessor.class.getResourceAsStream(
                "/META-INF/services/javax.annotation.processing.Processor")) {
            assertEquals(List.of(PersonalDataProcessor.class.getName(), SelosteAnnotationsClaim.class.getName(),
                            RemainingAnnotationsClaim.class.getName()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(),
                    "seloste's annotations are claimed only after PersonalDataProcessor has seen them");
        }
        try (InputStream in = PersonalDataProcessor.class.getResourceAsStream(
                "/META-INF/gradle/incremental.annotation.processors")) {
            String gradle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(gradle.contains(SelosteAnnotationsClaim.class.getName() + ",isolating"), gradle);
            assertTrue(gradle.contains(RemainingAnnotationsClaim.class.getName() + ",isolating"), gradle);
        }
    }

    @TempDir
    Path dir;

    @Test
    void theRemainingAnnotationsAreClaimedOnlyWhenSelosteIsAlone() throws Exception {
        ClassLoader ours = PersonalDataProcessor.class.getClassLoader();
        assertTrue(alone(ours), "the test class path holds seloste's processors only");
        Path other = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(other.resolve(Processor.class.getName()), "com.example.OtherProcessor\n");
        try (URLClassLoader withAnother = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ours)) {
            assertFalse(alone(withAnother), "another processor (even one that cannot be loaded) is someone else's");
        }
    }

    private static boolean alone(ClassLoader loader) throws Exception {
        var method = RemainingAnnotationsClaim.class.getDeclaredMethod("onlySelosteProcessors", ClassLoader.class);
        method.setAccessible(true);
        return (Boolean) method.invoke(null, loader);
    }

    @Test
    void theMainProcessorStillSeesItsAnnotationsWhateverComesAfterIt() throws Exception {
        Compilation c = compile(new String[0], PersistenceTest.ENTITY, ID, ORDER);
        Optional<JavaFileObject> index = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/seloste/personal-data.json");
        assertTrue(index.isPresent());
        try (InputStream in = index.get().openInputStream()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"field\" : \"deliveryAddress\""));
        }
    }
}
