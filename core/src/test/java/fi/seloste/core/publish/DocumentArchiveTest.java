package fi.seloste.core.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problems;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip of the documents is the same bytes in every build, whatever the time zone and the order files come in. */
class DocumentArchiveTest {

    @TempDir
    Path dir;

    @Test
    void sameBytesWhateverTheOrderAndTimeZone() throws Exception {
        Path b = Files.writeString(dir.resolve("notice.fi.md"), "# Tietosuojaseloste\n", StandardCharsets.UTF_8);
        Path a = Files.writeString(dir.resolve("register.json"), "{}\n", StandardCharsets.UTF_8);
        LocalDateTime time = DocumentArchive.entryTime("2026-02-13T08:00:00Z", new Problems());
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Helsinki"));
            DocumentArchive.write(dir.resolve("one.zip"), List.of(b, a), time);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            DocumentArchive.write(dir.resolve("two.zip"), List.of(a, b), time);
        } finally {
            TimeZone.setDefault(original);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.zip")), Files.readAllBytes(dir.resolve("two.zip")));
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("one.zip")); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2026, 2, 13, 8, 0), e.getTimeLocal());
                assertEquals(null, e.getExtra());
            }
        }
        assertEquals(List.of("notice.fi.md", "register.json"), names);
    }

    @Test
    void timestampsAsMavenWritesThem() {
        Problems problems = new Problems();
        assertEquals(LocalDateTime.of(2026, 2, 13, 8, 0), DocumentArchive.entryTime("1770969600", problems));
        assertEquals(DocumentArchive.DEFAULT_TIME, DocumentArchive.entryTime(null, problems));
        assertEquals(DocumentArchive.DEFAULT_TIME, DocumentArchive.entryTime("1", problems));
        assertEquals(DocumentArchive.DEFAULT_TIME, DocumentArchive.entryTime("1970-01-01T00:00:00Z", problems));
        assertTrue(!problems.any());
        DocumentArchive.entryTime("yesterday", problems);
        assertTrue(problems.list().get(0).message().startsWith("[SELOSTE-M701] "));
    }
}
