package fi.seloste.core.load;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Gathers the indexes of one run: each module's own (which must exist, or be provably unneeded) and those inside its
 * dependencies or reactor siblings (read when present), each checked against its bytecode. A large system's indexes
 * are tens of megabytes of JSON, so they are read side by side; their problems are reported in request order.
 */
public final class Indexes {

    private Indexes() {}

    /**
     * What reading one index source found: the index, and the problems of reading and of checking it, collected on
     * the thread that read it.
     */
    private record Read(Optional<Index> index, Problems reading, Problems checks) {}

    /**
     * @param modules the folders whose index must exist
     * @param dependencies folders and jars whose index is read when present
     * @param version the seloste version, for the message on a missing index
     * @param problems where every problem goes, in request order
     * @return the indexes found, modules first, each list in request order
     */
    public static List<Index> gather(List<IndexSource> modules, List<IndexSource> dependencies, String version,
            Problems problems) {
        List<Callable<Read>> tasks = new ArrayList<>();
        modules.forEach(module -> tasks.add(() -> readModule(module)));
        dependencies.forEach(dependency -> tasks.add(() -> readDependency(dependency)));
        List<Read> read = inParallel(tasks);
        List<Index> indexes = new ArrayList<>();
        int next = 0;
        for (IndexSource module : modules) {
            Read result = read.get(next++);
            problems.reportAll(result.reading());
            // an index that could not be read was reported already; a missing one is a problem unless none is needed
            if (result.index().isEmpty() && !result.reading().any() && !BytecodeCheck.needsNoIndex(module, problems)) {
                problems.report(Diagnostic.INDEX_MISSING, module.path().resolve(IndexFormat.LOCATION), version);
            }
            result.index().ifPresent(index -> {
                indexes.add(index);
                problems.reportAll(result.checks());
            });
        }
        for (int i = 0; i < dependencies.size(); i++) {
            Read result = read.get(next++);
            problems.reportAll(result.reading());
            result.index().ifPresent(indexes::add);
            problems.reportAll(result.checks());
        }
        return indexes;
    }

    private static Read readModule(IndexSource module) {
        Problems reading = new Problems();
        Optional<Index> index = new IndexLoader().load(module, reading);
        Problems checks = new Problems();
        index.ifPresent(i -> BytecodeCheck.verify(module, i, checks));
        return new Read(index, reading, checks);
    }

    private static Read readDependency(IndexSource dependency) {
        Problems reading = new Problems();
        Optional<Index> index = new IndexLoader().load(dependency, reading);
        Problems checks = new Problems();
        if (index.isEmpty()) {
            BytecodeCheck.verifyWithoutIndex(dependency, checks);
        }
        return new Read(index, reading, checks);
    }

    /** Runs the tasks on up to one thread per processor and returns their results in task order. */
    private static <T> List<T> inParallel(List<Callable<T>> tasks) {
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        List<T> results = new ArrayList<>();
        if (threads <= 1) {
            for (Callable<T> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "seloste-index-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Future<T> future : pool.invokeAll(tasks)) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the indexes", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
