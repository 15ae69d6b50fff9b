package fi.seloste.core.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.render.DocumentRenderer;
import fi.seloste.core.render.DocumentSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the documents the code generates now with the ones committed in the repository, so a notice
 * that no longer matches the code fails the build, with a short diff and the command that refreshes it.
 */
public final class DriftCheck {

    private static final int MAX_DIFF_LINES = 12;

    private DriftCheck() {}

    /**
     * Renders the documents one at a time and compares each with its committed file, so the run's model is rendered
     * once and no more than one document is held in memory.
     *
     * @param committed the directory holding the committed documents
     * @param generated the documents the code generates now
     * @param refresh the command that refreshes the committed documents
     * @return one problem per missing or differing document
     * @throws SelosteException when a template fails
     */
    public static List<Problem> compare(Path committed, DocumentSet generated, String refresh) throws SelosteException {
        List<Problem> problems = new ArrayList<>();
        for (String name : generated.contents().keySet()) {
            String text;
            try {
                text = generated.text(name);
            } catch (DocumentRenderer.TemplateFailure e) {
                throw new SelosteException(List.of(e.problem()));
            }
            compare(committed, name, text, refresh).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * @param committed the directory holding the committed documents
     * @param generated file name to the content generated now
     * @param refresh the command that refreshes the committed documents
     * @return one problem per missing or differing document
     */
    public static List<Problem> compare(Path committed, Map<String, String> generated, String refresh) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> document : generated.entrySet()) {
            compare(committed, document.getKey(), document.getValue(), refresh).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> compare(Path committed, String name, String generated, String refresh) {
        Path file = committed.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.of(Diagnostic.COMMITTED_MISSING.problem(file, refresh));
        }
        String current;
        try {
            current = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return Optional.of(Diagnostic.COMMITTED_MISSING.problem(file + " (unreadable: " + e.getMessage() + ")", refresh));
        }
        if (!current.equals(generated)) {
            return Optional.of(Diagnostic.DRIFT.problem(file, shortDiff(name, current, generated), refresh));
        }
        return Optional.empty();
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
