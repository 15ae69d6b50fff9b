package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, finding 4: a text file that is a symbolic link is refused and never read. */
class TextFilesTest {

    @TempDir
    Path dir;

    private Map<String, Map<String, String>> texts = new TreeMap<>();
    private final Problems problems = new Problems();

    private void read(Path directory) {
        TextFiles.read(directory, List.of("cookies", "security"), List.of("fi", "sv"), texts, problems);
    }

    private String messages() {
        return String.join("\n", problems.list().stream().map(Problem::message).toList());
    }

    @Test
    void regularFilesAreReadAndLinksRefusedUnread() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("cookies.fi.md"), "  Vain välttämättömät evästeet.\n");
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:SECRET");
        Files.createSymbolicLink(texts.resolve("security.fi.md"), secret);
        read(texts);
        assertEquals(Map.of("cookies", Map.of("fi", "Vain välttämättömät evästeet.")), this.texts);
        assertEquals(List.of("SELOSTE-M227"), problems.list().stream().map(p -> p.diagnostic().id()).toList());
        assertTrue(messages().startsWith("[SELOSTE-M227] parameter <textDirectory>: " + texts.resolve("security.fi.md")
                + " is a symbolic link"), messages());
        assertFalse(messages().contains("SECRET") || messages().contains(secret.toString()), messages());
    }

    @Test
    void aTextDirectoryThatIsALinkIsRefused() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("cookies.fi.md"), "Evästeet");
        read(Files.createSymbolicLink(dir.resolve("texts"), real));
        assertEquals(Map.of(), texts);
        assertTrue(messages().contains("[SELOSTE-M227]"), messages());
    }

    @Test
    void aMissingDirectoryHasNoTextsAndABadFileIsNamed() throws Exception {
        read(dir.resolve("nothing-here"));
        assertFalse(problems.any());
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.write(texts.resolve("cookies.sv.md"), new byte[] {(byte) 0xff, (byte) 0xfe});
        Files.writeString(texts.resolve("security.sv.md"), "x".repeat(TextFiles.MAX_BYTES + 1));
        read(texts);
        assertTrue(messages().contains("cookies.sv.md: it is not UTF-8"), messages());
        assertTrue(messages().contains("security.sv.md: it is larger than 1024 KB"), messages());
    }
}
