package fi.seloste.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.check.DriftCheck;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.SelosteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 9: documents are replaced as a whole. A failure while moving leaves the old set, an interrupted
 * run leaves nothing a later run or check accepts, stale documents go, and links are refused.
 */
class DocumentFilesTest {

    @TempDir
    Path dir;

    Path out() {
        return dir.resolve("privacy");
    }

    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private void oldSet() throws IOException {
        Files.createDirectories(out().resolve("texts"));
        Files.writeString(out().resolve("notice.fi.md"), "old notice\n");
        Files.writeString(out().resolve("register.json"), "old record\n");
        Files.writeString(out().resolve("notice-archive.fi.md"), "a removed register\n");
        Files.writeString(out().resolve("README.md"), "not seloste's\n");
        Files.writeString(out().resolve("texts/cookies.fi.md"), "Evästeet\n");
    }

    @Test
    void theNewSetReplacesTheOldAsAWholeAndOnlyDocumentsAreTouched() throws Exception {
        oldSet();
        StagedFiles staging = new StagedFiles(out());
        staging.stage("notice.fi.md", w -> w.write("new notice\n"));
        staging.stage("register.json", w -> w.write("new record\n"));
        staging.commit();
        assertEquals(List.of(out().resolve("notice-archive.fi.md")), staging.removed());
        staging.discard();
        assertEquals(Map.of("privacy/notice.fi.md", "new notice\n", "privacy/register.json", "new record\n",
                "privacy/README.md", "not seloste's\n", "privacy/texts/cookies.fi.md", "Evästeet\n"), files(),
                "the stale notice is gone, nothing else is touched, and no staging is left");
    }

    @Test
    void aFailureWhileMovingLeavesTheOldSetAsItWas() throws Exception {
        oldSet();
        Map<String, String> before = files();
        AtomicInteger moves = new AtomicInteger();
        StagedFiles staging = new StagedFiles(out(), (from, to) -> {
            if (moves.incrementAndGet() == 3) {
                throw new IOException("disk full");
            }
            Files.move(from, to);
        });
        staging.stage("notice.fi.md", w -> w.write("new notice\n"));
        staging.stage("register.json", w -> w.write("new record\n"));
        SelosteException e = assertThrows(SelosteException.class, staging::commit);
        assertTrue(e.getMessage().contains("[SELOSTE-M401]") && e.getMessage().contains("disk full"), e.getMessage());
        staging.discard();
        assertEquals(before, files(), "old and new are never mixed");
    }

    @Test
    void anInterruptedRunLeavesNothingACheckAcceptsAndTheNextRunCleansUp() throws Exception {
        oldSet();
        Files.writeString(out().resolve(".seloste-123.tmp"), "an older version's leftover");
        StagedFiles killed = new StagedFiles(out());
        killed.stage("notice.fi.md", w -> w.write("new notice\n")); // then the JVM dies: no commit, no discard
        Path leftover = dir.resolve(".privacy.seloste-staging");
        assertTrue(Files.isDirectory(leftover));
        List<Problem> drift = DriftCheck.compare(out(), Map.of("notice.fi.md", "new notice\n", "register.json", "new record\n"), "R");
        assertEquals(List.of("SELOSTE-M502", "SELOSTE-M502", "SELOSTE-M505"), drift.stream().map(p -> p.diagnostic().id()).toList(),
                "the committed set is the old one, whole: check fails on it");

        DocumentFiles.write(out(), Map.of("notice.fi.md", "new notice\n", "register.json", "new record\n"));
        assertFalse(Files.exists(leftover), "the next run deletes what the killed one left");
        assertFalse(Files.exists(out().resolve(".seloste-123.tmp")));
        assertEquals(List.of(), DriftCheck.compare(out(), Map.of("notice.fi.md", "new notice\n", "register.json", "new record\n"), "R"));
    }

    @Test
    void anOutputDirectoryThatIsALinkIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(out(), elsewhere);
        SelosteException e = assertThrows(SelosteException.class, () -> DocumentFiles.write(out(), Map.of("notice.fi.md", "x\n")));
        assertEquals("SELOSTE-M403", e.problems().get(0).diagnostic().id());
        assertTrue(e.getMessage().contains(out() + " is a symbolic link"), e.getMessage());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing is written through the link");
        }
    }

    @Test
    void aLinkInsideTheOutputDirectoryIsRefusedAndItsTargetKept() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "keep me\n");
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("notice.fi.md"), secret);
        Files.createSymbolicLink(out().resolve("other"), secret);
        SelosteException e = assertThrows(SelosteException.class, () -> DocumentFiles.write(out(), Map.of("notice.fi.md", "x\n")));
        assertEquals(List.of("SELOSTE-M403", "SELOSTE-M403"), e.problems().stream().map(p -> p.diagnostic().id()).toList());
        assertTrue(e.problems().get(0).message().contains(out().resolve("notice.fi.md") + " is a symbolic link"), e.getMessage());
        assertEquals("keep me\n", Files.readString(secret));
    }
}
