package fi.seloste.core.output;

import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.render.Content;
import fi.seloste.core.render.DocumentSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the documents of a run into their directory, all or nothing ({@link StagedFiles}): the new set replaces the
 * old one as a whole, and the documents no run generates any more go with it. The record lists every field, so it is
 * streamed into its file, never held in memory as a whole, and written on a second thread while the notices are
 * rendered and written.
 */
public final class DocumentFiles {

    private DocumentFiles() {}

    /**
     * What replacing the documents did.
     *
     * @param written the documents written, in name order
     * @param removed the stale documents removed (those no run generates any more), in name order
     */
    public record Result(List<Path> written, List<Path> removed) {}

    /**
     * @param directory the output directory
     * @param documents the documents of the run
     * @return the files written, in name order
     * @throws SelosteException when a file cannot be written or a template fails; nothing is written then
     */
    public static List<Path> write(Path directory, DocumentSet documents) throws SelosteException {
        return replace(directory, documents).written();
    }

    /**
     * @param directory the output directory
     * @param documents the documents of the run
     * @return the files written and the stale ones removed
     * @throws SelosteException when a file cannot be written or a template fails, or the directory or an entry in it
     *     is a symbolic link; the directory is left as it was then
     */
    public static Result replace(Path directory, DocumentSet documents) throws SelosteException {
        StagedFiles staging = new StagedFiles(directory);
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "seloste-record-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Content record = documents.contents().get(DocumentSet.RECORD);
            Future<Void> recordWritten = background.submit(() -> {
                staging.stage(DocumentSet.RECORD, record);
                return null;
            });
            try {
                for (Map.Entry<String, Content> document : documents.contents().entrySet()) {
                    if (!document.getKey().equals(DocumentSet.RECORD)) {
                        staging.stage(document.getKey(), document.getValue());
                    }
                }
            } catch (SelosteException | RuntimeException | Error e) {
                staging.cancel();
                awaitQuietly(recordWritten);
                throw e;
            }
            await(recordWritten);
            return new Result(staging.commit(), staging.removed());
        } finally {
            background.shutdownNow();
            staging.discard();
        }
    }

    /**
     * @param directory the output directory
     * @param documents file name to text
     * @return the files written, in name order
     * @throws SelosteException when a file cannot be written; nothing is written then
     */
    public static List<Path> write(Path directory, Map<String, String> documents) throws SelosteException {
        StagedFiles staging = new StagedFiles(directory);
        try {
            for (Map.Entry<String, String> document : new TreeMap<>(documents).entrySet()) {
                String text = document.getValue();
                staging.stage(document.getKey(), out -> {
                    out.write(text);
                    out.flush();
                });
            }
            return staging.commit();
        } finally {
            staging.discard();
        }
    }

    private static void await(Future<Void> task) throws SelosteException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the record", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SelosteException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(Future<Void> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the problem that stopped the run is the one reported
        }
    }
}
