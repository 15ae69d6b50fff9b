package fi.seloste.core.load;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import fi.seloste.index.IndexProblem;
import fi.seloste.index.IndexReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds and reads the index of a folder or a jar, refusing oversized ones before reading them and
 * never reading more than the limit even when a jar lies about an entry's size. The index module's
 * {@link IndexReader} reads it; each {@link IndexProblem} it finds becomes the plugin's diagnostic, with the origin,
 * up to {@link IndexReader#MAX_PROBLEMS} per index, and one more that counts the others.
 */
public final class IndexLoader {

    private final IndexReader reader = new IndexReader();

    /**
     * @param source a folder or jar
     * @param problems where problems are reported
     * @return the index, or empty when the source has none
     */
    public Optional<Index> load(IndexSource source, Problems problems) {
        Path path = source.path();
        try {
            if (Files.isDirectory(path)) {
                Path index = path.resolve(IndexFormat.LOCATION);
                if (!Files.isRegularFile(index)) {
                    return Optional.empty();
                }
                if (Files.size(index) > IndexFormat.MAX_BYTES) {
                    problems.report(tooLarge(source));
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(index)) {
                    return Optional.of(read(in, source, problems));
                }
            }
            if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(path.toFile())) {
                    ZipEntry entry = jar.getEntry(IndexFormat.LOCATION);
                    if (entry == null) {
                        return Optional.empty();
                    }
                    if (entry.getSize() > IndexFormat.MAX_BYTES) {
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

    private Index read(InputStream in, IndexSource source, Problems problems) {
        IndexReader.Reading reading = reader.read(new Bounded(in), source.origin());
        for (IndexProblem problem : reading.problems()) {
            problems.report(problem(problem, source.origin()));
        }
        if (reading.omitted() > 0) {
            problems.report(Diagnostic.INDEX_PROBLEMS_OMITTED, source.origin(), reading.omitted(), reading.problems().size());
        }
        return reading.index();
    }

    /**
     * @param problem what the reader found
     * @param origin where the index came from
     * @return the plugin's diagnostic for it
     */
    static Problem problem(IndexProblem problem, String origin) {
        return switch (problem.kind()) {
            case UNREADABLE -> Diagnostic.INDEX_UNREADABLE.problem(origin, problem.detail());
            case VERSION_UNSUPPORTED -> Diagnostic.INDEX_VERSION_UNSUPPORTED.problem(origin, problem.subject(),
                    IndexFormat.SCHEMA_VERSION);
            case ENTRY_INVALID -> Diagnostic.INDEX_ENTRY_INVALID.problem(origin, problem.subject(), problem.detail());
        };
    }

    private static Problem tooLarge(IndexSource source) {
        return Diagnostic.INDEX_UNREADABLE.problem(source.origin(), "it is larger than " + IndexFormat.MAX_BYTES / (1024 * 1024) + " MB");
    }

    /** Stops reading at the size limit, whatever the jar's directory claims. */
    private static final class Bounded extends FilterInputStream {
        private long left = IndexFormat.MAX_BYTES;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("the index is larger than " + IndexFormat.MAX_BYTES / (1024 * 1024) + " MB");
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
                throw new IOException("the index is larger than " + IndexFormat.MAX_BYTES / (1024 * 1024) + " MB");
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
