package fi.seloste.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Runs real javac with the processor over test sources, and reads back what it wrote. */
final class ProcessorTestSupport {

    private ProcessorTestSupport() {}

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceString(qualifiedName, String.join("\n", lines) + "\n");
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(new String[0], sources);
    }

    static Compilation compile(String[] options, JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PersonalDataProcessor())
                .withOptions((Object[]) options)
                .compile(sources);
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String text = d.getMessage(null);
            assertFalse(text.contains("threw an uncaught exception") || text.contains("\tat "),
                    "no stack trace may reach javac: " + text);
        }
        return compilation;
    }

    static String indexText(Compilation compilation) throws IOException {
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/seloste/personal-data.json")
                .orElseThrow(() -> new AssertionError("no index written; generated: "
                        + Arrays.toString(compilation.generatedFiles().toArray())));
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode index(Compilation compilation) throws IOException {
        return new ObjectMapper().readTree(indexText(compilation));
    }
}
