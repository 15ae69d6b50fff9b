package fi.seloste.processor.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The word bundle the build writes must say exactly what the word files say: the processor's jar reads only the
 * bundle, so a stale or lossy bundle would change every verdict of the detector in users' builds.
 */
class WordBundleTest {

    private static final Path WORDS = Path.of("src/main/resources/fi/seloste/processor/detection/words");

    @Test
    void theBuiltBundleHoldsEveryWordFileUnchanged() throws IOException {
        Map<String, List<String>> expected = new HashMap<>();
        try (Stream<Path> walk = Files.walk(WORDS)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> words = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
                expected.put(WORDS.relativize(file).toString().replace(java.io.File.separatorChar, '/'), words);
            }
        }
        assertTrue(expected.size() > 200, "the word files were found: " + expected.size());
        try (InputStream in = Dictionary.class.getResourceAsStream(WordBundle.NAME)) {
            assertNotNull(in, "the build (process-resources) writes " + WordBundle.NAME + " beside the word files");
            assertEquals(expected, WordBundle.read(in));
        }
    }

    @Test
    void linesAreReadAsTheWordFilesAre() throws IOException {
        String bundle = "\u001Een/a.txt\n# comment\n  word  \r\n\nother\n\u001Eempty.txt\n\u001Efi/b.txt\nsana";
        assertEquals(Map.of("en/a.txt", List.of("word", "other"), "empty.txt", List.of(), "fi/b.txt", List.of("sana")),
                read(bundle));
    }

    @Test
    void textBeforeTheFirstFileIsNoBundle() throws IOException {
        assertNull(read("word\n\u001Een/a.txt\nother\n"));
        assertEquals(Map.of(), read(""));
    }

    private static Map<String, List<String>> read(String text) throws IOException {
        return WordBundle.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
