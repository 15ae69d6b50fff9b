package fi.seloste.core.load;

import fi.seloste.index.ClaimedAnnotations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the classes whose bytecode carries {@code @PersonalData}, to verify an index against the code it claims
 * to describe: {@code CLASS}-retention annotations stay in the class file, so the bytecode is the ground truth
 * when an IDE or a partial compile left the index stale.
 */
public final class BytecodeScan {

    /** The annotation's type descriptor, as it appears in the constant pool of every class that uses it. */
    private static final byte[] DESCRIPTOR = bytes(ClaimedAnnotations.descriptor("fi.seloste.PersonalData"));
    /**
     * The annotations for which javac runs seloste-processor ({@link ClaimedAnnotations#ALL}, the list it claims):
     * when no class file of a module carries one, javac never ran the processor there, and the module has no
     * personal data to index.
     */
    private static final List<byte[]> CLAIMED = ClaimedAnnotations.ALL.stream()
            .map(name -> bytes(ClaimedAnnotations.descriptor(name)))
            .toList();
    private static final byte[] ANNOTATIONS_ARTIFACT = "<artifactId>seloste-annotations</artifactId>".getBytes(StandardCharsets.UTF_8);
    private static final long MAX_CLASS_BYTES = 4L * 1024 * 1024;

    private BytecodeScan() {}

    /**
     * @param classes a class output folder
     * @return the binary names of the classes using {@code @PersonalData}, and of every class present
     */
    public static Result scanFolder(Path classes) throws IOException {
        Set<String> annotated = new TreeSet<>();
        Set<String> present = new TreeSet<>();
        boolean claimed = false;
        if (!Files.isDirectory(classes)) {
            return new Result(annotated, present, false);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String path = classes.relativize(file).toString().replace('\\', '/');
                String name = binaryName(path);
                if (name != null) {
                    present.add(name);
                }
                if (Files.size(file) > MAX_CLASS_BYTES) {
                    claimed = true; // not read: assume the worst
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                if (name != null && contains(bytes, DESCRIPTOR)) {
                    annotated.add(name);
                }
                if (!claimed) {
                    claimed = CLAIMED.stream().anyMatch(descriptor -> contains(bytes, descriptor));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a directory the walk could not read: reported with the module, as any IOException
        }
        return new Result(annotated, present, claimed);
    }

    /**
     * Scans a jar that has no index, but only when it was built against seloste-annotations (its embedded POM says
     * so), so ordinary libraries are not read class by class.
     *
     * @param jar the jar
     * @return the classes using {@code @PersonalData}
     */
    public static Set<String> scanJarWithoutIndex(Path jar) throws IOException {
        Set<String> annotated = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean usesSeloste = false;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && !usesSeloste; ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.xml")) {
                    usesSeloste = contains(read(zip, entry), ANNOTATIONS_ARTIFACT);
                }
            }
            if (!usesSeloste) {
                return annotated;
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName().startsWith("META-INF/") ? null : binaryName(entry.getName());
                if (name != null && contains(read(zip, entry), DESCRIPTOR)) {
                    annotated.add(name);
                }
            }
        }
        return annotated;
    }

    /**
     * @param annotated binary names of the classes that use {@code @PersonalData}
     * @param present binary names of every class file found
     * @param claimed whether any class file (package-info included) carries an annotation seloste-processor claims
     */
    public record Result(Set<String> annotated, Set<String> present, boolean claimed) {}

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes((int) MAX_CLASS_BYTES);
        }
    }

    private static String binaryName(String path) {
        if (!path.endsWith(".class") || path.endsWith("module-info.class") || path.endsWith("package-info.class")) {
            return null;
        }
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
