package fi.seloste.core.load;

import fi.seloste.index.ClaimedAnnotations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the classes whose bytecode carries {@code @PersonalData} on a field, to verify an index against the code it
 * claims to describe: {@code CLASS}-retention annotations stay in the class file, so the bytecode is the ground truth
 * when an IDE or a partial compile left the index stale. Each class file is parsed ({@link ClassFileFacts}): a class
 * that only mentions the type, in a signature or a {@code PersonalData.class} literal, does not carry it.
 */
public final class BytecodeScan {

    /** The annotation's type descriptor, as its annotation attributes name it. */
    private static final String DESCRIPTOR = ClaimedAnnotations.descriptor("fi.seloste.PersonalData");
    /**
     * The annotations for which javac runs seloste-processor ({@link ClaimedAnnotations#ALL}, the list it claims):
     * when no declaration in a module's class files carries one, javac never ran the processor there, and the module
     * has no personal data to index.
     */
    private static final Set<String> CLAIMED = ClaimedAnnotations.ALL.stream()
            .map(ClaimedAnnotations::descriptor)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final byte[] ANNOTATIONS_ARTIFACT = "<artifactId>seloste-annotations</artifactId>".getBytes(StandardCharsets.UTF_8);
    private static final long MAX_CLASS_BYTES = 4L * 1024 * 1024;

    private BytecodeScan() {}

    /**
     * @param classes a class output folder
     * @return the binary names of the classes using {@code @PersonalData}, and of every class present
     */
    public static Result scanFolder(Path classes) throws IOException {
        Scan scan = new Scan();
        if (!Files.isDirectory(classes)) {
            return scan.result();
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String path = classes.relativize(file).toString().replace('\\', '/');
                String name = binaryName(path);
                if (name != null) {
                    scan.present.add(name);
                }
                if (Files.size(file) > MAX_CLASS_BYTES) {
                    scan.claimed = true; // not read: assume the worst
                    continue;
                }
                scan.add(path, name, Files.readAllBytes(file));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a directory the walk could not read: reported with the module, as any IOException
        }
        return scan.result();
    }

    /**
     * Scans a jar that has no index, but only when it was built against seloste-annotations (its embedded POM says
     * so), so ordinary libraries are not read class by class.
     *
     * @param jar the jar
     * @return the classes using {@code @PersonalData} (those local or anonymous among them), and the class files that
     *     could not be read; {@code present} is left empty
     */
    public static Result scanJarWithoutIndex(Path jar) throws IOException {
        Scan scan = new Scan();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean usesSeloste = false;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && !usesSeloste; ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.xml")) {
                    usesSeloste = contains(read(zip, entry), ANNOTATIONS_ARTIFACT);
                }
            }
            if (!usesSeloste) {
                return scan.result();
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName().startsWith("META-INF/") ? null : binaryName(entry.getName());
                if (name == null) {
                    continue;
                }
                byte[] bytes = read(zip, entry);
                if (bytes.length >= MAX_CLASS_BYTES) {
                    scan.unreadable.put(entry.getName(), "it is larger than 4 MB");
                } else {
                    scan.add(entry.getName(), name, bytes);
                }
            }
        }
        return scan.result();
    }

    /**
     * @param annotated binary names of the classes with a field that carries {@code @PersonalData}
     * @param local those of them that are local or anonymous classes (or nested in one), which javac never shows to
     *     an annotation processor
     * @param present binary names of every class file found
     * @param claimed whether any declaration (package-info included) carries an annotation seloste-processor claims,
     *     in a class javac shows to processors (not a local or anonymous one)
     * @param unreadable the paths of class files that are not well-formed, each with what is wrong; they count as
     *     neither annotated nor claiming
     */
    public record Result(Set<String> annotated, Set<String> local, Set<String> present, boolean claimed,
            Map<String, String> unreadable) {}

    /**
     * @param bytes a class file
     * @param descriptors annotation descriptors ({@code Ljakarta/persistence/Embeddable;})
     * @return whether the class itself carries one of them; {@code false} for a class file that cannot be read
     */
    static boolean classCarries(byte[] bytes, Set<String> descriptors) {
        try {
            return ClassFileFacts.read(bytes).classAnnotations().stream().anyMatch(descriptors::contains);
        } catch (ClassFileFacts.Malformed e) {
            return false;
        }
    }

    /** What a scan has found so far. */
    private static final class Scan {
        final Set<String> annotated = new TreeSet<>();
        final Set<String> local = new TreeSet<>();
        final Set<String> present = new TreeSet<>();
        final Map<String, String> unreadable = new TreeMap<>();
        boolean claimed;

        void add(String path, String name, byte[] bytes) {
            ClassFileFacts facts;
            try {
                facts = ClassFileFacts.read(bytes);
            } catch (ClassFileFacts.Malformed e) {
                unreadable.put(path, e.getMessage());
                return;
            }
            if (name != null && facts.fieldAnnotations().contains(DESCRIPTOR)) {
                annotated.add(name);
                if (facts.local()) {
                    local.add(name);
                }
            }
            // javac looks for claimed annotations on the classes it shows processors: never a local or anonymous one
            claimed |= !facts.local() && facts.declarationAnnotations().stream().anyMatch(CLAIMED::contains);
        }

        Result result() {
            return new Result(annotated, local, present, claimed, unreadable);
        }
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
        for (int i = 0; i < haystack.length - needle.length + 1; i++) {
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
