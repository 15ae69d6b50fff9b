package fi.seloste.processor.detection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the detector's word files from the one bundle the build writes beside them ({@code words.bundle}, by
 * {@code processor/src/build/BundleWords.java}): in a cold javac, reading some 250 small entries of the processor's
 * jar cost 40 to 80 ms of every compile, one entry a fraction of that.
 *
 * <p>The bundle is UTF-8 text: a line of U+001E followed by a file's path under {@code words/} starts that file, and
 * the lines up to the next such line are its text.
 */
final class WordBundle {

    /** The bundle's name, next to the {@code words/} folder. */
    static final String NAME = "words.bundle";

    private static final char SEPARATOR = '\u001E';

    private WordBundle() {
    }

    /**
     * @param in the bundle
     * @return each file's words by its path under {@code words/} (blank lines and {@code #} comments left out), or
     *     {@code null} when the input is no bundle (text before the first file)
     */
    static Map<String, List<String>> read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> files = new HashMap<>();
        List<String> current = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            if (!line.isEmpty() && line.charAt(0) == SEPARATOR) {
                current = new ArrayList<>();
                files.put(line.substring(1), current);
                continue;
            }
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            if (current == null) {
                return null;
            }
            current.add(word);
        }
        return files;
    }
}
