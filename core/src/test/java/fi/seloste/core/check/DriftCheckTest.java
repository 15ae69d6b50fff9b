package fi.seloste.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the drift check is a CI gate on pull requests. It compares exactly, reads no link, reports stale
 * documents, and its diff is linear in the documents' size, whatever changed.
 */
class DriftCheckTest {

    @TempDir
    Path dir;

    static final String REFRESH = "./mvnw verify -Dseloste.check.update";

    private List<Problem> compare(Map<String, String> generated) {
        return DriftCheck.compare(dir, generated, REFRESH);
    }

    private static String ids(List<Problem> problems) {
        return String.join(",", problems.stream().map(p -> p.diagnostic().id()).toList());
    }

    /** A record of {@code fields} fields, fifteen lines each, in the shape of register.json. */
    static String record(int fields, IntFunction<String> retention) {
        StringBuilder out = new StringBuilder("{\n  \"fields\" : [ ");
        for (int i = 0; i < fields; i++) {
            out.append(i == 0 ? "{\n" : ", {\n").append("    \"className\" : \"com.example.C").append(i / 10).append("\",\n")
                    .append("    \"field\" : \"f").append(i).append("\",\n    \"javaType\" : \"java.lang.String\",\n")
                    .append("    \"labels\" : {\n      \"fi\" : \"Kenttä ").append(i).append("\"\n    },\n")
                    .append("    \"purposes\" : [ \"care\" ],\n    \"sources\" : [ \"data-subject\" ],\n")
                    .append("    \"retention\" : {\n      \"period\" : \"").append(retention.apply(i)).append("\",\n")
                    .append("      \"from\" : \"COLLECTION\"\n    },\n    \"origin\" : \"g:a:1\"\n  }");
        }
        return out.append(" ]\n}\n").toString();
    }

    @Test
    void oneChangeIsAUnifiedHunkWithItsLineNumbers() {
        String committed = "# Seloste\n\n- Asiakkaan nimi: 4 kuukautta\n- IP-osoite: 90 päivää\n";
        String generated = committed.replace("4 kuukautta", "6 kuukautta");
        assertEquals(String.join("\n",
                "  --- committed/notice.fi.md",
                "  +++ generated/notice.fi.md",
                "  @@ -2,3 +2,3 @@",
                "   ",
                "  -- Asiakkaan nimi: 4 kuukautta",
                "  +- Asiakkaan nimi: 6 kuukautta",
                "   - IP-osoite: 90 päivää",
                "  (2 lines differ: 1 removed, 1 added, in 1 place)"),
                DriftCheck.shortDiff("notice.fi.md", committed, generated));
    }

    @Test
    void aHundredThousandFieldRecordWhoseEveryRetentionChangedIsReportedInSeconds() {
        // finding 5: 20,000 fields took 623 s, as a minimal diff costs length times changes
        String committed = record(100_000, i -> "P4M");
        String generated = record(100_000, i -> "P6M");
        long start = System.nanoTime();
        String report = DriftCheck.shortDiff("register.json", committed, generated);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(report.endsWith("(200000 lines differ: 100000 removed, 100000 added, in 100000 places; the first shown)"), report);
        assertTrue(report.contains("@@ -12,3 +12,3 @@\n         \"from\" : \"COLLECTION\"\n") || report.contains("@@ -11,3 +11,3 @@"), report);
        assertTrue(report.length() < 2_000, "a short message: " + report.length());
        assertTrue(millis < 20_000, "linear: " + millis + " ms (a generous bound for a busy machine; about 1 s on a quiet one)");
    }

    @Test
    void theWorkIsLinearInTheLinesWhateverChanged() {
        Random random = new Random(13);
        List<String> base = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            base.add(i % 7 == 0 ? "\n" : i % 5 == 0 ? "}\n" : "line " + i + "\n");
        }
        List<List<String>> shapes = new ArrayList<>();
        shapes.add(base.stream().map(l -> l.startsWith("line") ? l.replace("line", "LINE") : l).toList()); // every text line
        shapes.add(base.stream().map(l -> "other " + l).toList()); // nothing agrees
        List<String> shuffled = new ArrayList<>(base);
        java.util.Collections.shuffle(shuffled, random);
        shapes.add(shuffled);
        shapes.add(base.stream().map(l -> random.nextInt(50) == 0 ? "changed\n" : l).toList());
        shapes.add(java.util.Collections.nCopies(60_000, "}\n")); // one line, repeated
        for (List<String> after : shapes) {
            LineDiff diff = LineDiff.of(String.join("", base), String.join("", after));
            long lines = base.size() + after.size();
            assertTrue(diff.work() <= 40 * lines, "work " + diff.work() + " for " + lines + " lines");
            assertEquals(after, rebuilt(diff), "the changes and the lines between them make the second text");
        }
    }

    /** The second text, from the first one's lines between the changes and the second one's lines in them. */
    private static List<String> rebuilt(LineDiff diff) {
        LineDiff.Lines a = diff.before();
        LineDiff.Lines b = diff.after();
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (LineDiff.Change c : diff.changes()) {
            assertEquals(c.aFrom() - i, c.bFrom() - j, "as many lines agree between changes on both sides");
            for (int k = i; k < c.aFrom(); k++) {
                assertEquals(a.get(k), b.get(j + k - i));
                out.add(a.get(k));
            }
            for (int k = c.bFrom(); k < c.bTo(); k++) {
                out.add(b.get(k));
            }
            i = c.aTo();
            j = c.bTo();
        }
        assertEquals(a.size() - i, b.size() - j);
        for (int k = i; k < a.size(); k++) {
            out.add(a.get(k));
        }
        return out;
    }

    @Test
    void lineEndsAndAMissingFinalNewlineAreShownNotHidden() throws Exception {
        // finding 9: the diff was empty when only these differed
        String generated = "# Seloste\n\nRivi\n";
        Files.writeString(dir.resolve("notice.fi.md"), generated.replace("\n", "\r\n"));
        Files.writeString(dir.resolve("notice.sv.md"), generated.substring(0, generated.length() - 1));
        List<Problem> problems = compare(Map.of("notice.fi.md", generated, "notice.sv.md", generated));
        assertEquals("SELOSTE-M502,SELOSTE-M502", ids(problems));
        String crlf = problems.stream().filter(p -> p.message().contains("notice.fi.md")).findFirst().orElseThrow().message();
        assertTrue(crlf.contains("-# Seloste\\r\n") && crlf.contains("+# Seloste\n"), crlf);
        assertTrue(crlf.contains("Windows line ends"), crlf);
        String last = problems.stream().filter(p -> p.message().contains("notice.sv.md")).findFirst().orElseThrow().message();
        assertTrue(last.contains("-Rivi\n  \\ No newline at end of file\n  +Rivi\n"), last);
    }

    @Test
    void aCommittedDocumentThatIsALinkIsRefusedUnread() throws Exception {
        // finding 4: a committed notice linked to /etc/passwd printed it in the drift diff
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "root:x:0:0:SECRET\n");
        Files.createSymbolicLink(dir.resolve("notice.fi.md"), secret);
        Path generatedCopy = Files.writeString(Files.createTempFile("generated", ".md"), "# Seloste\n");
        Files.createSymbolicLink(dir.resolve("notice.sv.md"), generatedCopy); // linked to what is generated: would pass
        List<Problem> problems = compare(new java.util.TreeMap<>(Map.of("notice.fi.md", "# Seloste\n", "notice.sv.md", "# Seloste\n")));
        assertEquals("SELOSTE-M504,SELOSTE-M504", ids(problems));
        assertTrue(problems.get(0).message().startsWith("[SELOSTE-M504] " + dir.resolve("notice.fi.md") + " is a symbolic link"),
                problems.get(0).message());
        assertFalse(problems.toString().contains("SECRET"), "never read through the link");
        assertFalse(problems.toString().contains(secret.toString()), "not even where it points");
    }

    @Test
    void aCommittedDirectoryThatIsALinkIsRefused() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("notice.fi.md"), "# Seloste\n");
        Path linked = Files.createSymbolicLink(dir.resolve("privacy"), real);
        List<Problem> problems = DriftCheck.compare(linked, Map.of("notice.fi.md", "# Seloste\n"), REFRESH);
        assertEquals("SELOSTE-M504", ids(problems));
    }

    @Test
    void aCommittedDocumentTheCodeNoLongerGeneratesIsStale() throws Exception {
        // finding 9: a removed register's notice stayed and check passed
        Files.writeString(dir.resolve("notice-chat.fi.md"), "# Chat\n");
        Files.writeString(dir.resolve("notice-archive.fi.md"), "# Arkisto\n");
        Files.writeString(dir.resolve("notice-chat.sv.md"), "# Chatt\n");
        Files.writeString(dir.resolve("README.md"), "not seloste's\n");
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/cookies.fi.md"), "Evästeet\n");
        List<Problem> problems = compare(Map.of("notice-chat.fi.md", "# Chat\n"));
        assertEquals("SELOSTE-M505,SELOSTE-M505", ids(problems));
        assertTrue(problems.get(0).message().startsWith("[SELOSTE-M505] " + dir.resolve("notice-archive.fi.md") + " is committed, "
                + "but the code no longer generates it"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("notice-chat.sv.md"), "a removed language too");
    }

    @Test
    void whatACommittedFileHoldsIsShownInert() {
        String committed = "Nimi \u001b[31mpunainen\u001b[0m \u202Eabc\u0000\n";
        String report = DriftCheck.shortDiff("notice.fi.md", committed, "Nimi\n");
        assertTrue(report.contains("-Nimi \\u001b[31mpunainen\\u001b[0m \\u202eabc\\u0000\n"), report);
        assertFalse(report.contains("\u001b"), "no terminal escape reaches the build log");
        String longLine = "x".repeat(100_000) + "\n";
        assertTrue(DriftCheck.shortDiff("register.json", longLine, "y\n").length() < 1_000, "long lines are cut");
    }
}
