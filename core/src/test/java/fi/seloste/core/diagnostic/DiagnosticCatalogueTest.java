package fi.seloste.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/errors.md documents every plugin diagnostic, and ids are unique. */
class DiagnosticCatalogueTest {

    @Test
    void everyDiagnosticIsDocumentedAndNoneIsInvented() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^### (SELOSTE-M\\d{3}):").matcher(docs);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> declared = new TreeSet<>();
        Arrays.stream(Diagnostic.values()).forEach(d -> assertTrue(declared.add(d.id()), "duplicate id " + d.id()));
        assertEquals(declared, documented);
    }
}
