package fi.seloste.core;

import fi.seloste.LegalBasis;
import fi.seloste.core.load.BytecodeScan;
import fi.seloste.core.load.IndexLoader;
import fi.seloste.core.load.IndexReader;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.ModuleIndex;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.Purpose;
import fi.seloste.core.model.Register;
import fi.seloste.core.render.CsvRecordWriter;
import fi.seloste.core.render.DocumentRenderer;
import fi.seloste.core.render.NoticeModel;
import fi.seloste.core.render.RecordWriter;
import fi.seloste.core.render.Translations;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Turns the gathered indexes and the organisation facts into the record and the notices: the Maven-free
 * heart of {@code seloste:generate} and {@code seloste:check}, so it can be tested and benchmarked
 * without Maven.
 */
public final class DocumentGenerator {

    private static final Pattern SAFE_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** Bytes or characters buffered per document file: the record runs to a hundred megabytes on a large system. */
    private static final int WRITE_BUFFER = 64 * 1024;

    /**
     * What to generate.
     *
     * @param modules the folders whose index must exist: the module's own class output (and, for an
     *     aggregate, each reactor module's)
     * @param dependencies folders and jars whose index is read when present
     * @param outputDirectory where the documents go
     * @param organisation the organisation facts
     * @param registerName the name of the register for fields that name none, or {@code null}
     * @param languages the notice languages, such as {@code fi}
     * @param date the notice date, or {@code null} for none
     * @param templateDirectory templates that override the built-in ones, or {@code null}
     * @param version the seloste version, for messages
     */
    public record Request(
            List<IndexSource> modules,
            List<IndexSource> dependencies,
            Path outputDirectory,
            Organisation organisation,
            String registerName,
            List<String> languages,
            LocalDate date,
            Path templateDirectory,
            String version) {}

    /**
     * The documents of one run, by file name, before or after writing.
     *
     * @param documents file name to content, sorted by name
     * @param catalogue the merged declarations (for {@code seloste:check})
     */
    public record Documents(Map<String, String> documents, Catalogue catalogue) {}

    /** Writes one document's text into a writer, which it flushes but does not close. */
    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** A document that can also write its UTF-8 bytes itself, with the same text, faster than a character encoder. */
    private interface Utf8Content extends Content {
        void writeUtf8(OutputStream out) throws IOException;
    }

    /** The merged declarations and the registers of one run, checked. */
    private record Model(Catalogue catalogue, List<ProcessingActivity> activities) {}

    /** The documents of one run, checked and ready to be written, each as the code that writes it. */
    private record Plan(Catalogue catalogue, SortedMap<String, Content> documents) {}

    /** The name of the record, the one document that grows with the number of fields. */
    private static final String RECORD = "register.json";

    /**
     * Writes every document straight into its file: the record lists every field, so it is streamed, never held
     * in memory as a whole, and written on a second thread while the notices are built and written. The files
     * appear only when all of them were written.
     *
     * @param request what to generate
     * @return the files written, in name order
     * @throws SelosteException listing every problem found; nothing is written then
     */
    public List<Path> generate(Request request) throws SelosteException {
        Model model = model(request);
        Staging staging = new Staging(request.outputDirectory());
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "seloste-record-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Content record = record(request, model);
            Future<Void> recordWritten = background.submit(() -> {
                staging.stage(RECORD, record);
                return null;
            });
            try {
                for (Map.Entry<String, Content> document : plan(request, model).documents().entrySet()) {
                    if (!document.getKey().equals(RECORD)) {
                        staging.stage(document.getKey(), document.getValue());
                    }
                }
            } catch (SelosteException | RuntimeException | Error e) {
                staging.cancel();
                awaitQuietly(recordWritten);
                throw e;
            }
            await(recordWritten);
            return staging.commit();
        } finally {
            background.shutdownNow();
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

    /**
     * Builds every document in memory, with the same bytes {@link #generate} writes.
     *
     * @param request what to generate
     * @return the documents
     * @throws SelosteException listing every problem found
     */
    private static SelosteException templateFailed(DocumentRenderer.TemplateFailure e) {
        return new SelosteException(List.of(Diagnostic.TEMPLATE_FAILED.problem(e.template(),
                e.line() == null || e.line() < 1 ? "" : " at line " + e.line(), e.getMessage())));
    }

    public Documents render(Request request) throws SelosteException {
        Plan plan = plan(request, model(request));
        Map<String, String> documents = new TreeMap<>();
        for (Map.Entry<String, Content> document : plan.documents().entrySet()) {
            StringWriter out = new StringWriter();
            try {
                document.getValue().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentRenderer.TemplateFailure e) {
                throw templateFailed(e);
            }
            documents.put(document.getKey(), out.toString());
        }
        return new Documents(documents, plan.catalogue());
    }

    private Model model(Request request) throws SelosteException {
        List<Problem> problems = new ArrayList<>(OrganisationCheck.check(
                request.organisation(), request.languages(), Translations.available()));
        List<Callable<Loaded>> tasks = new ArrayList<>();
        request.modules().forEach(module -> tasks.add(() -> loadModule(module)));
        request.dependencies().forEach(dependency -> tasks.add(() -> loadDependency(dependency)));
        List<Loaded> loaded = inParallel(tasks);
        List<ModuleIndex> indexes = new ArrayList<>();
        int next = 0;
        for (IndexSource module : request.modules()) {
            Loaded result = loaded.get(next++);
            problems.addAll(result.problems());
            Optional<ModuleIndex> index = result.index();
            if (index.isEmpty() && problems.stream().noneMatch(p -> p.message().contains(module.origin()))
                    && !provablyWithoutPersonalData(module, problems)) {
                problems.add(Diagnostic.INDEX_MISSING.problem(module.path().resolve(IndexReader.LOCATION), request.version()));
            }
            index.ifPresent(i -> {
                indexes.add(i);
                problems.addAll(result.checks());
            });
        }
        for (int i = 0; i < request.dependencies().size(); i++) {
            Loaded result = loaded.get(next++);
            problems.addAll(result.problems());
            result.index().ifPresent(indexes::add);
            problems.addAll(result.checks());
        }
        Catalogue catalogue = Catalogue.merge(indexes, problems);
        List<ProcessingActivity> activities = activities(catalogue, request, problems);
        if (request.organisation().publicAuthority()) {
            for (Purpose p : catalogue.purposes().values()) {
                if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS) {
                    problems.add(Diagnostic.PUBLIC_AUTHORITY_LEGITIMATE_INTEREST.problem(p.key(), p.origin()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SelosteException(dedupe(problems));
        }
        return new Model(catalogue, activities);
    }

    private static Content record(Request request, Model model) {
        RecordWriter record = new RecordWriter();
        return new Utf8Content() {
            @Override
            public void writeTo(Writer out) throws IOException {
                record.write(out, request.organisation(), model.catalogue(), model.activities());
            }

            @Override
            public void writeUtf8(OutputStream out) throws IOException {
                record.write(out, request.organisation(), model.catalogue(), model.activities());
            }
        };
    }

    private Plan plan(Request request, Model model) throws SelosteException {
        Catalogue catalogue = model.catalogue();
        List<ProcessingActivity> activities = model.activities();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<NoticeModel>> byLanguage = new TreeMap<>();
        for (String language : request.languages()) {
            List<NoticeModel> notices = new ArrayList<>();
            for (ProcessingActivity activity : activities) {
                notices.add(NoticeModel.build(activity, catalogue, request.organisation(), language, request.date(), problems));
            }
            byLanguage.put(language, notices);
        }
        if (!problems.isEmpty()) {
            throw new SelosteException(dedupe(problems));
        }

        DocumentRenderer renderer = new DocumentRenderer(request.templateDirectory());
        SortedMap<String, Content> documents = new TreeMap<>();
        documents.put(RECORD, record(request, model));
        String first = request.languages().get(0);
        Translations firstTexts = Translations.of(first);
        documents.put("register.csv", out -> new CsvRecordWriter().write(out, byLanguage.get(first), firstTexts));
        for (String language : request.languages()) {
            Translations t = Translations.of(language);
            List<NoticeModel> notices = byLanguage.get(language);
            documents.put("register." + language + ".html",
                    out -> renderer.render("record.html.peb", Map.of("notices", notices, "lang", language), t, out));
            for (int i = 0; i < activities.size(); i++) {
                String stem = activities.size() == 1 ? "notice" : "notice-" + activities.get(i).id();
                Map<String, Object> notice = Map.of("n", notices.get(i));
                documents.put(stem + "." + language + ".md", out -> renderer.render("notice.md.peb", notice, t, out));
                documents.put(stem + "." + language + ".html", out -> renderer.render("notice.html.peb", notice, t, out));
            }
        }
        return new Plan(catalogue, documents);
    }

    /**
     * What reading one index source found: the index, the problems reading it, and those of checking it against
     * bytecode. Sources are read in parallel and their results applied in request order, so the problems come out
     * in the same order as from one thread.
     */
    private record Loaded(Optional<ModuleIndex> index, List<Problem> problems, List<Problem> checks) {}

    private static Loaded loadModule(IndexSource module) {
        List<Problem> problems = new ArrayList<>();
        Optional<ModuleIndex> index = new IndexLoader().load(module, problems);
        List<Problem> checks = new ArrayList<>();
        index.ifPresent(i -> verifyAgainstBytecode(module, i, checks));
        return new Loaded(index, problems, checks);
    }

    private static Loaded loadDependency(IndexSource dependency) {
        List<Problem> problems = new ArrayList<>();
        Optional<ModuleIndex> index = new IndexLoader().load(dependency, problems);
        List<Problem> checks = new ArrayList<>();
        if (index.isEmpty() && Files.isRegularFile(dependency.path())) {
            try {
                Set<String> annotated = BytecodeScan.scanJarWithoutIndex(dependency.path());
                if (!annotated.isEmpty()) {
                    checks.add(Diagnostic.DEPENDENCY_WITHOUT_INDEX.problem(dependency.origin(), summary(annotated)));
                }
            } catch (IOException e) {
                checks.add(Diagnostic.INDEX_UNREADABLE.problem(dependency.origin(), e.getMessage()));
            }
        }
        return new Loaded(index, problems, checks);
    }

    /**
     * Runs the tasks on up to one thread per processor and returns their results in task order: a large system's
     * indexes (tens of megabytes of JSON) are parsed side by side.
     */
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

    /**
     * A compiled module without an index needs none when no class file carries an annotation seloste-processor
     * claims: javac runs the processor only for those, so "never processed" and "nothing to process" coincide.
     */
    private static boolean provablyWithoutPersonalData(IndexSource module, List<Problem> problems) {
        if (!Files.isDirectory(module.path())) {
            return false; // not compiled: M301 says to compile first
        }
        try {
            return !BytecodeScan.scanFolder(module.path()).claimed();
        } catch (IOException e) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(module.origin(), e.getMessage()));
            return true; // reported
        }
    }

    /**
     * A module's index must describe its class output exactly: every class whose bytecode carries
     * {@code @PersonalData} has entries, and every entry's class still exists.
     */
    private static void verifyAgainstBytecode(IndexSource module, ModuleIndex index, List<Problem> problems) {
        if (!Files.isDirectory(module.path())) {
            return;
        }
        BytecodeScan.Result scan;
        try {
            scan = BytecodeScan.scanFolder(module.path());
        } catch (IOException e) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(module.origin(), e.getMessage()));
            return;
        }
        Set<String> indexed = new java.util.TreeSet<>();
        for (PersonalField f : index.fields()) {
            indexed.add(f.declaredIn() == null ? f.className() : f.declaredIn());
        }
        Set<String> missing = new java.util.TreeSet<>(scan.annotated());
        missing.removeAll(indexed);
        if (!missing.isEmpty()) {
            problems.add(Diagnostic.INDEX_INCOMPLETE.problem(module.origin(), summary(missing)));
        }
        Set<String> stale = new java.util.TreeSet<>();
        for (PersonalField f : index.fields()) {
            if (!scan.present().contains(f.className())) {
                stale.add(f.className());
            }
        }
        if (!stale.isEmpty()) {
            problems.add(Diagnostic.INDEX_STALE.problem(module.origin(), summary(stale)));
        }
        Set<String> outdated = new java.util.TreeSet<>();
        for (String owner : indexed) {
            if (scan.present().contains(owner) && !scan.annotated().contains(owner)) {
                outdated.add(owner);
            }
        }
        if (!outdated.isEmpty()) {
            problems.add(Diagnostic.INDEX_OUTDATED.problem(module.origin(), summary(outdated)));
        }
    }

    private static String summary(Set<String> classes) {
        List<String> shown = classes.stream().limit(5).toList();
        return String.join(", ", shown) + (classes.size() > 5 ? " and " + (classes.size() - 5) + " more" : "");
    }

    private static List<ProcessingActivity> activities(Catalogue catalogue, Request request, List<Problem> problems) {
        Map<String, List<PersonalField>> byRegister = new TreeMap<>();
        for (PersonalField f : catalogue.fields()) {
            byRegister.computeIfAbsent(f.register() == null ? ProcessingActivity.DEFAULT_ID : f.register(), k -> new ArrayList<>()).add(f);
        }
        List<ProcessingActivity> activities = new ArrayList<>();
        for (Map.Entry<String, List<PersonalField>> e : byRegister.entrySet()) {
            String id = e.getKey();
            List<PersonalField> fields = e.getValue();
            Set<String> subjects = new LinkedHashSet<>();
            if (id.equals(ProcessingActivity.DEFAULT_ID) && fields.stream().allMatch(f -> f.register() == null)) {
                if (request.registerName() == null || request.registerName().isBlank()) {
                    problems.add(Diagnostic.REGISTER_NAME_MISSING.problem(fields.size(), fields.get(0).className() + "." + fields.get(0).field()));
                    continue;
                }
                Map<String, String> names = new TreeMap<>();
                request.languages().forEach(l -> names.put(l, request.registerName().strip()));
                fields.forEach(f -> subjects.addAll(f.subjects()));
                activities.add(new ProcessingActivity(id, names, Map.of(), List.copyOf(subjects),
                        request.organisation().publicAuthority(), fields));
                continue;
            }
            Register register = catalogue.registers().get(id);
            if (register == null) {
                problems.add(Diagnostic.UNKNOWN_KEY.problem("register", id));
                continue;
            }
            if (!SAFE_ID.matcher(id).matches()) {
                problems.add(Diagnostic.INVALID_REGISTER_ID.problem(id, register.origin()));
                continue;
            }
            subjects.addAll(register.subjects());
            fields.forEach(f -> subjects.addAll(f.subjects()));
            activities.add(new ProcessingActivity(id, register.names(), register.descriptions(), List.copyOf(subjects),
                    register.publicAuthority() || request.organisation().publicAuthority(), fields));
        }
        return activities;
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    /**
     * Writes documents atomically, each under the directory; names are fixed or built from checked ids.
     *
     * @param directory the output directory
     * @param documents file name to content
     * @return the files written
     * @throws SelosteException when a file cannot be written
     */
    public static List<Path> write(Path directory, Map<String, String> documents) throws SelosteException {
        Staging staging = new Staging(directory);
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

    /**
     * Temporary files next to their targets, moved into place only when every document was written, so a failure
     * leaves the earlier documents as they were and no partial file behind. Documents may be staged from two
     * threads at once.
     */
    private static final class Staging {
        private final Path directory;
        private final Path root;
        private final SortedMap<String, Path> staged = new TreeMap<>();
        private volatile boolean cancelled;
        private boolean committed;
        /** The outermost directory this run created, removed again when the run fails: nothing is written then. */
        private final Path created;

        Staging(Path directory) throws SelosteException {
            this.directory = directory;
            this.root = directory.toAbsolutePath().normalize();
            Path outermost = null;
            for (Path p = root; p != null && !Files.exists(p); p = p.getParent()) {
                outermost = p;
            }
            this.created = outermost;
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(directory, e)));
            }
        }

        /** Writes one document into a temporary file; stops early, failing, once the run is cancelled. */
        void stage(String name, Content content) throws SelosteException {
            Path target = target(name);
            try {
                Path temporary = Files.createTempFile(root, ".seloste-", ".tmp");
                synchronized (staged) {
                    staged.put(name, temporary);
                }
                OutputStream file = new Cancellable(Files.newOutputStream(temporary));
                if (content instanceof Utf8Content utf8) {
                    try (OutputStream out = new BufferedOutputStream(file, WRITE_BUFFER)) {
                        utf8.writeUtf8(out);
                    }
                } else {
                    try (Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8.newEncoder()), WRITE_BUFFER)) {
                        content.writeTo(out);
                    }
                }
            } catch (IOException e) {
                throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(target, e)));
            } catch (UncheckedIOException e) {
                throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(target, e.getCause())));
            } catch (DocumentRenderer.TemplateFailure e) {
                throw templateFailed(e);
            }
        }

        private Path target(String name) throws SelosteException {
            Path target = root.resolve(name).normalize();
            if (!target.getParent().equals(root)) {
                throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(target, "outside " + root)));
            }
            return target;
        }

        void cancel() {
            cancelled = true;
        }

        /** Moves every staged file into place, in name order. */
        List<Path> commit() throws SelosteException {
            List<Path> written = new ArrayList<>();
            synchronized (staged) {
                for (Map.Entry<String, Path> file : staged.entrySet()) {
                    Path target = target(file.getKey());
                    try {
                        try {
                            Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        } catch (AtomicMoveNotSupportedException e) {
                            Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        written.add(target);
                        committed = true;
                    } catch (IOException e) {
                        throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(target, e)));
                    }
                }
            }
            return written;
        }

        /** Deletes whatever was staged and not moved into place, and the directories made for it if none was. */
        void discard() {
            synchronized (staged) {
                for (Path temporary : staged.values()) {
                    try {
                        Files.deleteIfExists(temporary);
                    } catch (IOException e) {
                        // the leftover is a hidden .tmp file; the problem that got us here is what gets reported
                    }
                }
                if (!committed && created != null) {
                    for (Path p = root; p != null && p.startsWith(created); p = p.getParent()) {
                        try {
                            Files.deleteIfExists(p); // only empty directories go
                        } catch (IOException e) {
                            break;
                        }
                    }
                }
            }
        }

        /** A file stream that fails once the run is cancelled, so the record stops when a notice cannot be built. */
        private final class Cancellable extends FilterOutputStream {
            Cancellable(OutputStream out) {
                super(out);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (cancelled) {
                    throw new IOException("cancelled: " + directory + " is left as it was");
                }
                out.write(bytes, offset, length);
            }
        }
    }
}
