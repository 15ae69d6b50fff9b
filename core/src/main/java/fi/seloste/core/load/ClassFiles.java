package fi.seloste.core.load;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class files of one index source, a class folder or a jar, looked up by binary name: to check that an index
 * describes only classes its own source holds, without scanning every class of a large dependency. A name that is not
 * a binary class name (an index could say {@code ../../etc/passwd}) is never looked up.
 */
abstract class ClassFiles implements Closeable {

    /** A binary class name: Java identifiers joined by dots ({@code a.b.Outer$Inner}). */
    private static final Pattern BINARY_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    /** The largest class file read, as in {@link BytecodeScan}. */
    private static final int MAX_CLASS_BYTES = 4 * 1024 * 1024;

    /**
     * @param source a class folder or a jar
     * @return its class files
     * @throws IOException when the jar cannot be opened
     */
    static ClassFiles of(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            return new Folder(source);
        }
        return new Jar(new ZipFile(source.toFile()));
    }

    /**
     * @param binaryName a class's binary name
     * @return whether the source holds its class file
     * @throws IOException when the source cannot be read
     */
    abstract boolean has(String binaryName) throws IOException;

    /**
     * @param binaryName a class's binary name
     * @return its class file's bytes (at most 4 MB), or {@code null} when the source does not hold it
     * @throws IOException when it cannot be read
     */
    abstract byte[] read(String binaryName) throws IOException;

    static String path(String binaryName) {
        return BINARY_NAME.matcher(binaryName).matches() ? binaryName.replace('.', '/') + ".class" : null;
    }

    private static final class Folder extends ClassFiles {
        private final Path root;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        boolean has(String binaryName) {
            String path = path(binaryName);
            return path != null && Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        byte[] read(String binaryName) throws IOException {
            if (!has(binaryName)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(root.resolve(path(binaryName)), LinkOption.NOFOLLOW_LINKS)) {
                return in.readNBytes(MAX_CLASS_BYTES);
            }
        }

        @Override
        public void close() {
            // nothing is held open
        }
    }

    private static final class Jar extends ClassFiles {
        private final ZipFile zip;

        Jar(ZipFile zip) {
            this.zip = zip;
        }

        private ZipEntry entry(String binaryName) {
            String path = path(binaryName);
            ZipEntry entry = path == null ? null : zip.getEntry(path);
            return entry == null || entry.isDirectory() ? null : entry;
        }

        @Override
        boolean has(String binaryName) {
            return entry(binaryName) != null;
        }

        @Override
        byte[] read(String binaryName) throws IOException {
            ZipEntry entry = entry(binaryName);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readNBytes(MAX_CLASS_BYTES);
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
