package fi.seloste.core;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the documents the code generates now with the ones committed in the repository, so a notice
 * that no longer matches the code fails the build, with a short diff and the command that refreshes it.
 */
public final class DriftCheck {

    private static final int MAX_DIFF_LINES = 12;

    private DriftCheck() {}

    /**
     * @param committed the directory holding the committed documents
     * @param generated file name to the content generated now
     * @param refresh the command that refreshes the committed documents
     * @return one problem per missing or differing document
     */
    public static List<Problem> compare(Path committed, Map<String, String> generated, String refresh) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> document : generated.entrySet()) {
            Path file = committed.resolve(document.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add(Diagnostic.COMMITTED_MISSING.problem(file, refresh));
                continue;
            }
            String current;
            try {
                current = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                problems.add(Diagnostic.COMMITTED_MISSING.problem(file + " (unreadable: " + e.getMessage() + ")", refresh));
                continue;
            }
            if (!current.equals(document.getValue())) {
                problems.add(Diagnostic.DRIFT.problem(file, shortDiff(document.getKey(), current, document.getValue()), refresh));
            }
        }
        return problems;
    }

    static String shortDiff(String name, String committed, String generated) {
        List<String> before = committed.lines().toList();
        List<String> after = generated.lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("committed/" + name, "generated/" + name, before, patch, 1);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String line : unified) {
            if (shown++ == MAX_DIFF_LINES) {
                out.append("  ... (").append(unified.size() - MAX_DIFF_LINES).append(" more diff lines)\n");
                break;
            }
            out.append("  ").append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
