package fi.seloste.core.load;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.ModuleIndex;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds and reads the index of a folder or a jar, refusing oversized ones before reading them and
 * never reading more than the limit even when a jar lies about an entry's size.
 */
public final class IndexLoader {

    private final IndexReader reader = new IndexReader();

    /**
     * @param source a folder or jar
     * @param problems where problems are reported
     * @return the index, or empty when the source has none
     */
    public Optional<ModuleIndex> load(IndexSource source, Problems problems) {
        Path path = source.path();
        try {
            if (Files.isDirectory(path)) {
                Path index = path.resolve(IndexReader.LOCATION);
                if (!Files.isRegularFile(index)) {
                    return Optional.empty();
                }
                if (Files.size(index) > IndexReader.MAX_BYTES) {
                    problems.report(tooLarge(source));
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(index)) {
                    return Optional.of(read(in, source, problems));
                }
            }
            if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(path.toFile())) {
                    ZipEntry entry = jar.getEntry(IndexReader.LOCATION);
                    if (entry == null) {
                        return Optional.empty();
                    }
                    if (entry.getSize() > IndexReader.MAX_BYTES) {
                        problems.report(tooLarge(source));
                        return Optional.empty();
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        return Optional.of(read(in, source, problems));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.report(Diagnostic.INDEX_UNREADABLE, source.origin(), e.getMessage());
            return Optional.empty();
        }
    }

    private ModuleIndex read(InputStream in, IndexSource source, Problems problems) {
        List<Problem> found = new ArrayList<>();
        ModuleIndex index = reader.read(new Bounded(in), source.origin(), found);
        problems.reportAll(found);
        return index;
    }

    private static Problem tooLarge(IndexSource source) {
        return Diagnostic.INDEX_UNREADABLE.problem(source.origin(), "it is larger than " + IndexReader.MAX_BYTES / (1024 * 1024) + " MB");
    }

    /** Stops reading at the size limit, whatever the jar's directory claims. */
    private static final class Bounded extends FilterInputStream {
        private long left = IndexReader.MAX_BYTES;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("the index is larger than " + IndexReader.MAX_BYTES / (1024 * 1024) + " MB");
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("the index is larger than " + IndexReader.MAX_BYTES / (1024 * 1024) + " MB");
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
