package fi.seloste.core.load;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Gathers the indexes of one run: each module's own (which must exist, or be provably unneeded) and those inside its
 * dependencies or reactor siblings (read when present), each checked against its bytecode: a module's class folder
 * exactly, any other source for speaking only of its own classes. A large system's indexes are tens of megabytes of
 * JSON, so they are read side by side; their problems are reported in request order.
 */
public final class Indexes {

    private Indexes() {}

    /**
     * The indexes of one run, and what their bytecode says about the classes entities of other indexes reach.
     *
     * @param indexes the indexes found, modules first, each list in request order
     * @param sharedTypes by origin, the classes marked as a mapped superclass or embeddable that an entity of another
     *     index says it reaches
     */
    public record Gathered(List<Index> indexes, Map<String, Set<String>> sharedTypes) {}

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
     * @return the indexes found, and the shared types among their classes
     */
    public static Gathered gather(List<IndexSource> modules, List<IndexSource> dependencies, String version,
            Problems problems) {
        List<Callable<Read>> tasks = new ArrayList<>();
        modules.forEach(module -> tasks.add(() -> readModule(module)));
        dependencies.forEach(dependency -> tasks.add(() -> readDependency(dependency)));
        List<Read> read = inParallel(tasks);
        List<Index> indexes = new ArrayList<>();
        Map<Index, IndexSource> sources = new IdentityHashMap<>();
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
                sources.put(index, module);
                problems.reportAll(result.checks());
            });
        }
        for (IndexSource dependency : dependencies) {
            Read result = read.get(next++);
            problems.reportAll(result.reading());
            result.index().ifPresent(index -> {
                indexes.add(index);
                sources.put(index, dependency);
            });
            problems.reportAll(result.checks());
        }
        return new Gathered(indexes, sharedTypes(indexes, sources));
    }

    private static Read readModule(IndexSource module) {
        Problems reading = new Problems();
        Optional<Index> index = new IndexLoader().load(module, reading);
        Problems checks = new Problems();
        if (Files.isDirectory(module.path())) {
            index.ifPresent(i -> BytecodeCheck.verify(module, i, checks));
        } else {
            index = index.map(i -> BytecodeCheck.ownClassesOnly(module, i, checks)); // a module's jar, in an aggregate
        }
        return new Read(index, reading, checks);
    }

    private static Read readDependency(IndexSource dependency) {
        Problems reading = new Problems();
        Optional<Index> index = new IndexLoader().load(dependency, reading);
        Problems checks = new Problems();
        if (index.isEmpty()) {
            BytecodeCheck.verifyWithoutIndex(dependency, checks);
        } else {
            index = index.map(i -> BytecodeCheck.ownClassesOnly(dependency, i, checks));
        }
        return new Read(index, reading, checks);
    }

    /**
     * The classes an entity of one index says it reaches ({@code declaredIn}) that another index has entries of, read
     * from that index's own bytecode: rare (a mapped superclass or embeddable in another module), so read one by one.
     */
    private static Map<String, Set<String>> sharedTypes(List<Index> indexes, Map<Index, IndexSource> sources) {
        Map<String, Set<Index>> reachedBy = new HashMap<>();
        for (Index index : indexes) {
            index.fields().forEach(f -> {
                if (f.declaredIn() != null) {
                    reachedBy.computeIfAbsent(f.declaredIn(), c -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
                            .add(index);
                }
            });
        }
        Map<String, Set<String>> shared = new HashMap<>();
        for (Index owner : indexes) {
            Set<String> reached = new TreeSet<>();
            owner.fields().forEach(f -> {
                Set<Index> by = reachedBy.get(f.className());
                if (by != null && (by.size() > 1 || !by.contains(owner))) {
                    reached.add(f.className());
                }
            });
            if (!reached.isEmpty()) {
                shared.computeIfAbsent(String.valueOf(owner.origin()), o -> new HashSet<>())
                        .addAll(BytecodeCheck.sharedTypes(sources.get(owner), reached));
            }
        }
        return shared;
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
