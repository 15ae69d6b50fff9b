package fi.seloste.core.load;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the organisation's long texts from {@code <textDirectory>} ({@code cookies.fi.md}, {@code security.sv.md},
 * ...). The directory is part of the repository, so a pull request can put anything there: a symbolic link is refused
 * and never read (it could bring a CI secret into the notices and the drift diff), and a file is read only up to
 * {@link #MAX_BYTES}, as UTF-8.
 */
public final class TextFiles {

    /** The largest text file read: a notice's texts are a few paragraphs. */
    public static final int MAX_BYTES = 1024 * 1024;

    private TextFiles() {}

    /**
     * @param directory the text directory, or {@code null}; a missing directory has no texts
     * @param topics the topics, such as {@code cookies}
     * @param languages the notice languages
     * @param texts where each text read goes, by topic and language, replacing one given in the POM
     * @param problems where a link (M227) and an unreadable file (M213) are reported
     */
    public static void read(Path directory, List<String> topics, List<String> languages,
            Map<String, Map<String, String>> texts, Problems problems) {
        if (directory == null) {
            return;
        }
        if (Files.isSymbolicLink(directory)) {
            problems.report(Diagnostic.LINK_REFUSED, "textDirectory", directory);
            return;
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (String topic : topics) {
            for (String language : languages) {
                Path file = directory.resolve(topic + "." + language + ".md");
                if (Files.isSymbolicLink(file)) {
                    problems.report(Diagnostic.LINK_REFUSED, "textDirectory", file);
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        texts.computeIfAbsent(topic, k -> new TreeMap<>()).put(language, read(file).strip());
                    } catch (IOException | RuntimeException e) {
                        problems.report(Diagnostic.TEXT_UNREADABLE, file, e.getMessage());
                    }
                }
            }
        }
    }

    private static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("it is larger than " + MAX_BYTES / 1024 + " KB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("it is not UTF-8");
        }
    }
}
