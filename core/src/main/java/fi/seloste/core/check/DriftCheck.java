package fi.seloste.core.check;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.render.DocumentRenderer;
import fi.seloste.core.render.DocumentSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the documents the code generates now with the ones committed in the repository, exactly, so a notice
 * that no longer matches the code fails the build, with a short diff and the command that refreshes it. A CI gate
 * on untrusted pull requests: it reads only regular files (never through a symbolic link), reports committed
 * documents the code no longer generates, and stays linear in the documents' size ({@link LineDiff}).
 */
public final class DriftCheck {

    /** The committed file is read only up to this much more than the generated one: beyond, it is simply different. */
    private static final long SLACK = 1024 * 1024;

    private DriftCheck() {}

    /**
     * Renders the documents one at a time and compares each with its committed file, so the run's model is rendered
     * once and no more than one document is held in memory.
     *
     * @param committed the directory holding the committed documents
     * @param generated the documents the code generates now
     * @param refresh the command that refreshes the committed documents
     * @return one problem per missing, linked, differing or stale document
     * @throws SelosteException when a template fails
     */
    public static List<Problem> compare(Path committed, DocumentSet generated, String refresh) throws SelosteException {
        Optional<Problem> linked = linkedDirectory(committed, refresh);
        if (linked.isPresent()) {
            return List.of(linked.get());
        }
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
        problems.addAll(stale(committed, generated.contents().keySet(), refresh));
        return problems;
    }

    /**
     * @param committed the directory holding the committed documents
     * @param generated file name to the content generated now
     * @param refresh the command that refreshes the committed documents
     * @return one problem per missing, linked, differing or stale document
     */
    public static List<Problem> compare(Path committed, Map<String, String> generated, String refresh) {
        Optional<Problem> linked = linkedDirectory(committed, refresh);
        if (linked.isPresent()) {
            return List.of(linked.get());
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> document : generated.entrySet()) {
            compare(committed, document.getKey(), document.getValue(), refresh).ifPresent(problems::add);
        }
        problems.addAll(stale(committed, generated.keySet(), refresh));
        return problems;
    }

    /**
     * @param committed the directory holding the committed documents
     * @param generated the names of the documents the code generates now
     * @return the committed files with a document's name that are not among them, in name order; none when the
     *     directory is missing or a link
     */
    public static List<Path> staleDocuments(Path committed, Set<String> generated) {
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(committed, LinkOption.NOFOLLOW_LINKS)) {
            return stale;
        }
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(committed)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (DocumentSet.isDocumentName(name) && !generated.contains(name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return stale; // an unreadable directory: each document is reported missing or unreadable on its own
        }
        names.forEach(name -> stale.add(committed.resolve(name)));
        return stale;
    }

    private static List<Problem> stale(Path committed, Set<String> generated, String refresh) {
        return staleDocuments(committed, generated).stream()
                .map(file -> Diagnostic.COMMITTED_STALE.problem(file, refresh))
                .toList();
    }

    private static Optional<Problem> linkedDirectory(Path committed, String refresh) {
        return Files.isSymbolicLink(committed) ? Optional.of(Diagnostic.COMMITTED_LINK.problem(committed, refresh)) : Optional.empty();
    }

    private static Optional<Problem> compare(Path committed, String name, String generated, String refresh) {
        Path file = committed.resolve(name);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.of(Diagnostic.COMMITTED_MISSING.problem(file, refresh));
        } catch (IOException e) {
            return Optional.of(Diagnostic.COMMITTED_MISSING.problem(file + " (unreadable: " + e.getMessage() + ")", refresh));
        }
        if (attributes.isSymbolicLink()) {
            return Optional.of(Diagnostic.COMMITTED_LINK.problem(file, refresh));
        }
        if (!attributes.isRegularFile()) {
            return Optional.of(Diagnostic.COMMITTED_MISSING.problem(file + " (not a regular file)", refresh));
        }
        long limit = 4L * generated.length() + SLACK; // a UTF-8 character takes at most four bytes
        if (attributes.size() > limit) {
            return Optional.of(Diagnostic.DRIFT.problem(file, "  the committed file has " + attributes.size()
                    + " bytes, far more than the generated one: too different to show", refresh));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            return Optional.of(Diagnostic.COMMITTED_MISSING.problem(file + " (unreadable: " + e.getMessage() + ")", refresh));
        }
        String current;
        try {
            current = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: it differs from every generated document; shown with the bad bytes replaced
            return Optional.of(Diagnostic.DRIFT.problem(file, DriftReport.of(name, new String(bytes, StandardCharsets.UTF_8),
                    generated), refresh));
        }
        if (!current.equals(generated)) {
            return Optional.of(Diagnostic.DRIFT.problem(file, DriftReport.of(name, current, generated), refresh));
        }
        return Optional.empty();
    }

    /** The short diff of one document, for messages and tests. */
    static String shortDiff(String name, String committed, String generated) {
        return DriftReport.of(name, committed, generated);
    }
}
