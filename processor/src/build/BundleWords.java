import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (run by the processor's POM with the JDK's source launcher): writes the detector's word files into one
 * bundle, so that a cold javac reads one resource of the processor's jar instead of some 250 small entries (see
 * {@code fi.seloste.processor.detection.WordBundle}, which reads it). The word files stay the source of truth and are
 * packaged too.
 *
 * <p>Usage: {@code java BundleWords.java <words folder> <bundle file>}. Each file becomes a line of the record
 * separator U+001E followed by its path under the folder ({@code fi/person.txt}), then its text; files in path order,
 * UTF-8, {@code \n} line ends, so the bundle is the same on every platform.
 */
public final class BundleWords {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path bundle = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted((a, b) -> name(root, a).compareTo(name(root, b))).toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.indexOf('\u001E') >= 0) {
                throw new IllegalArgumentException(file + " contains U+001E, which separates the files of the bundle");
            }
            out.append('\u001E').append(name(root, file)).append('\n').append(text);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                out.append('\n');
            }
        }
        Files.createDirectories(bundle.getParent());
        Files.writeString(bundle, out, StandardCharsets.UTF_8);
        System.out.println("[seloste] " + files.size() + " word files bundled into " + bundle);
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
