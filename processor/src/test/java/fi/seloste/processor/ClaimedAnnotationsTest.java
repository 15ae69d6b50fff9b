package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import fi.seloste.index.ClaimedAnnotations;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plugin decides from {@link ClaimedAnnotations} whether a module without an index needed one, so the processor
 * must claim exactly that list: one annotation more or less and a module could be wrongly passed or failed.
 */
class ClaimedAnnotationsTest {

    @Test
    void theProcessorClaimsExactlyTheContractsList() {
        PersonalDataProcessor processor = new PersonalDataProcessor();
        Compilation c = Compiler.javac().withProcessors(processor).compile(JavaFileObjects.forSourceLines("a.A",
                "package a;", "public class A {}"));
        assertThat(c).succeeded();
        assertEquals(Set.copyOf(ClaimedAnnotations.ALL), processor.getSupportedAnnotationTypes());
    }

    @Test
    void everyClaimedSelosteAnnotationExists() throws ClassNotFoundException {
        for (String name : ClaimedAnnotations.SELOSTE) {
            assertEquals(name, Class.forName(name).getName());
        }
    }
}
