package fi.seloste.processor.step;

import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import fi.seloste.index.IndexProblem;
import fi.seloste.index.IndexReader;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Vocabulary;
import fi.seloste.index.EntryRun;
import fi.seloste.index.IndexLayout;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.Reporter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Step 6, merge with the previous index: an incremental build compiles only some classes, so the index keeps the
 * previous compilation's entries and declarations of every class that is not compiled now but still exists.
 *
 * <p>The previous index is read at the start of the first round, because its kept declarations must be in the
 * catalogue before fields are resolved ({@link #readPrevious}); the entries are merged when the index is written
 * ({@link #entries}, {@link #usedTerms}).
 */
public final class PreviousIndexMerge {

    private final Filer filer;
    private final Reporter reporter;
    private final Catalogue catalogue;
    private final ClassOutputFiles classFiles;
    /** Whether the previous index's entries are copied unread, for {@code -Aseloste.timing}. */
    private boolean copiedUnread;
    /** Whether they were found through the writer's layout, for {@code -Aseloste.timing}. */
    private boolean usedLayout;

    public PreviousIndexMerge(Filer filer, Reporter reporter, Catalogue catalogue) {
        this.filer = filer;
        this.reporter = reporter;
        this.catalogue = catalogue;
        this.classFiles = new ClassOutputFiles(filer);
    }

    /**
     * Reads the index of the previous compilation, when there is one, and adopts its declarations and
     * entries for classes that are not compiled now but still exist in the class output.
     */
    public void readPrevious(CompilationState state) {
        FileObject file;
        try {
            file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", IndexFormat.LOCATION);
        } catch (IOException | RuntimeException e) {
            return; // no previous index (or a Filer that cannot say): a full build
        }
        classFiles.useDirectory(classOutputOf(file));
        List<KeptClass> oldClasses = new ArrayList<>();
        IndexReader.Reading reading = null;
        // fastest: the layout the writer kept beside its index says where each class's entries lie
        IndexReader.RunReading laidOut = readWithLayout(file);
        if (laidOut != null && laidOut.reading().problems().isEmpty()
                && IndexWriting.GENERATOR.equals(laidOut.reading().index().generator())) {
            laidOut.runs().forEach(r -> oldClasses.add(KeptClass.copied(r)));
            reading = laidOut.reading();
            copiedUnread = true;
            usedLayout = true;
        } else {
            byte[] bytes;
            try {
                bytes = bytesOf(file);
            } catch (FileNotFoundException | NoSuchFileException e) {
                return;
            } catch (IOException | RuntimeException e) {
                reporter.report(Diagnostic.PREVIOUS_INDEX_UNREADABLE, null,
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                return;
            }
            if (bytes.length > IndexFormat.MAX_BYTES) {
                reporter.report(Diagnostic.PREVIOUS_INDEX_UNREADABLE, null, "it is larger than " + IndexFormat.MAX_BYTES + " bytes");
                return;
            }
            // entries are copied unread only when this very writer wrote them and not a byte changed since (the
            // digest); any other index is read entry by entry, strictly, and written anew
            IndexReader.VerbatimReading skimmed = new IndexReader().readKeepingFieldsVerbatim(bytes, null);
            reading = skimmed.reading();
            List<EntryRun> runs = null;
            if (skimmed.intact() && reading.problems().isEmpty()
                    && IndexWriting.GENERATOR.equals(reading.index().generator())) {
                try {
                    runs = EntryRun.runs(skimmed.fields());
                } catch (IllegalArgumentException e) {
                    runs = null; // a class's entries apart: not as this writer writes them, so read strictly
                }
            }
            if (runs != null) {
                runs.forEach(r -> oldClasses.add(KeptClass.copied(r)));
                copiedUnread = true;
            } else {
                reading = new IndexReader().read(new java.io.ByteArrayInputStream(bytes), null);
                Map<String, List<PersonalField>> byClass = new java.util.LinkedHashMap<>();
                reading.index().fields().forEach(f -> byClass.computeIfAbsent(f.className(), c -> new ArrayList<>()).add(f));
                byClass.values().forEach(records -> oldClasses.add(KeptClass.rewritten(records)));
            }
        }
        if (!reading.problems().isEmpty()) {
            // a damaged entry is never copied on, and the index is never silently shortened: rebuilt from what compiles
            reporter.report(Diagnostic.PREVIOUS_INDEX_UNREADABLE, null, describe(reading.problems().get(0)));
            return;
        }
        Index old = reading.index();
        for (Register r : old.registers()) {
            if (kept(r.declaredIn(), state)) {
                catalogue.registers().putIfAbsent(r.id(), r);
            } else {
                fromElsewhere(r.declaredIn(), state);
            }
        }
        for (Purpose p : old.purposes()) {
            if (kept(p.declaredIn(), state)) {
                catalogue.purposes().putIfAbsent(p.key(), p);
            } else {
                fromElsewhere(p.declaredIn(), state);
            }
        }
        for (Term t : old.terms()) {
            if (kept(t.declaredIn(), state)) {
                catalogue.terms(t.vocabulary()).putIfAbsent(t.key(), t);
            } else {
                fromElsewhere(t.declaredIn(), state);
            }
        }
        for (KeptClass k : oldClasses) {
            if (kept(k.className(), state)) {
                state.keep(k);
                for (String declaredIn : k.declaredIns()) {
                    if (!kept(declaredIn, state)) {
                        state.reachAgain(k.className());
                        break;
                    }
                }
            }
        }
        for (Undeclared u : old.undeclared()) {
            if (kept(u.className(), state)) {
                state.keepUndeclared(u);
            }
        }
    }

    /**
     * A declaration of the previous index that is not kept may come from another module's index on the class path
     * ({@link ClassPathCatalogues} looks there again); one of a class compiled now is read from its source anyway.
     */
    private static void fromElsewhere(String declaredIn, CompilationState state) {
        if (declaredIn != null && !Vocabulary.isBuiltIn(declaredIn) && !state.isProcessed(declaredIn)) {
            state.borrowedBefore(declaredIn);
        }
    }

    /**
     * The previous index read through the layout its writer kept beside it ({@link IndexLayout}), or {@code null}
     * when there is none, it does not match the index, or the index is not a plain file.
     */
    private IndexReader.RunReading readWithLayout(FileObject file) {
        try {
            Path path = Path.of(file.toUri());
            FileObject layoutFile = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", IndexLayout.LOCATION);
            byte[] layoutBytes;
            try (InputStream in = layoutFile.openInputStream()) {
                layoutBytes = in.readNBytes((int) IndexFormat.MAX_BYTES);
            }
            IndexLayout layout = IndexLayout.read(layoutBytes);
            if (layout == null || !IndexWriting.GENERATOR.equals(layout.generator())) {
                return null;
            }
            java.nio.ByteBuffer bytes = indexBytes(path, layout.length());
            return bytes == null ? null : new IndexReader().readWithLayout(bytes, layout, null);
        } catch (IOException | RuntimeException e) {
            return null; // no layout, or not a file: read the index as before
        }
    }

    /**
     * The index file's bytes for copying runs out of it later, or {@code null} when it does not have the expected
     * length. The file itself is replaced (truncated and written) before the runs are copied, so they must come from
     * elsewhere: where files can be deleted while mapped (not Windows), from a private copy, mapped and deleted at once
     * (a copy in the kernel and a mapping cost a fraction of reading 30 MB into fresh memory in a cold JVM); else read
     * into memory outside the heap.
     */
    private static java.nio.ByteBuffer indexBytes(Path path, long expected) throws IOException {
        if (expected > IndexFormat.MAX_BYTES || java.nio.file.Files.size(path) != expected) {
            return null;
        }
        if (java.io.File.separatorChar == '/') {
            Path copy = java.nio.file.Files.createTempFile("seloste-previous-index", ".json");
            try {
                java.nio.file.Files.copy(path, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(copy)) {
                    return channel.size() == expected
                            ? channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, expected) : null;
                }
            } finally {
                java.nio.file.Files.deleteIfExists(copy); // the mapping stays valid; nothing is left behind
            }
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path)) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocateDirect((int) expected);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // reads until full or the end
            }
            return bytes.hasRemaining() ? null : bytes.flip();
        }
    }

    /** The file's bytes, up to one more than the limit: read at once when it is a file, else streamed. */
    private static byte[] bytesOf(FileObject file) throws IOException {
        Path path = null;
        try {
            path = Path.of(file.toUri());
        } catch (RuntimeException e) {
            // not a file: URI (an in-memory file manager)
        }
        if (path != null && java.nio.file.Files.size(path) <= IndexFormat.MAX_BYTES) {
            return java.nio.file.Files.readAllBytes(path);
        }
        try (InputStream in = file.openInputStream()) {
            return in.readNBytes((int) IndexFormat.MAX_BYTES + 1);
        }
    }

    /** The class output directory holding the index, or {@code null} when it is not a plain directory. */
    private static Path classOutputOf(FileObject index) {
        try {
            Path file = Path.of(index.toUri());
            Path root = file;
            for (int i = 0; i < IndexFormat.LOCATION.split("/").length; i++) {
                root = root.getParent();
            }
            return root != null && java.nio.file.Files.isDirectory(root) ? root : null;
        } catch (RuntimeException e) {
            return null; // not a file: URI (an in-memory file manager)
        }
    }

    /**
     * An old entry stays when its class is not compiled now and its class file still exists. Built-in
     * vocabularies are always read afresh from the class path.
     */
    private boolean kept(String owner, CompilationState state) {
        if (owner == null || Vocabulary.isBuiltIn(owner) || state.isProcessed(owner)) {
            return false;
        }
        return classFiles.exists(owner);
    }

    /**
     * Every entry the index gets: the fields resolved now, and the kept ones of classes not compiled now; those whose
     * bytes are copied come in {@code copied}, the others are among the returned records.
     */
    public List<PersonalField> entries(CompilationState state, List<EntryRun> copied) {
        Map<String, PersonalField> fields = state.resolvedFields();
        List<PersonalField> entries = new ArrayList<>(fields.size());
        entries.addAll(fields.values());
        Set<String> current = state.currentClasses();
        for (KeptClass k : state.keptClasses()) {
            if (!current.contains(k.className())) {
                if (k.run() != null) {
                    copied.add(k.run());
                } else {
                    entries.addAll(k.entries());
                }
            }
        }
        return entries;
    }

    /** @return whether the previous index's entries were still this writer's bytes, and are copied unread */
    public boolean copiedUnread() {
        return copiedUnread;
    }

    /** @return whether the previous index was read through its layout, without parsing its entries */
    public boolean usedLayout() {
        return usedLayout;
    }

    /** How many entries the index gets. */
    public int entryCount(CompilationState state) {
        Set<String> current = state.currentClasses();
        int count = state.resolvedFields().size();
        for (KeptClass k : state.keptClasses()) {
            if (!current.contains(k.className())) {
                count += k.count();
            }
        }
        return count;
    }

    /** The vocabulary keys the fields and registers use, gathered in one pass. */
    public Map<Vocabulary, Set<String>> usedTerms(CompilationState state) {
        Map<Vocabulary, Set<String>> used = new EnumMap<>(Vocabulary.class);
        for (Vocabulary kind : Vocabulary.values()) {
            used.put(kind, new java.util.HashSet<>());
        }
        for (PersonalField f : state.resolvedFields().values()) {
            used.get(Vocabulary.SOURCES).addAll(f.sources());
            used.get(Vocabulary.CATEGORIES).addAll(f.categories());
            used.get(Vocabulary.SUBJECTS).addAll(f.subjects());
            used.get(Vocabulary.RECIPIENTS).addAll(f.recipients());
        }
        // kept classes read through a layout share their lists (one instance per distinct list): each is added once
        List<Set<List<String>>> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seen.add(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }
        Set<String> current = state.currentClasses();
        for (KeptClass k : state.keptClasses()) {
            if (!current.contains(k.className())) {
                addOnce(used.get(Vocabulary.SOURCES), k.sources(), seen.get(0));
                addOnce(used.get(Vocabulary.CATEGORIES), k.categories(), seen.get(1));
                addOnce(used.get(Vocabulary.SUBJECTS), k.subjects(), seen.get(2));
                addOnce(used.get(Vocabulary.RECIPIENTS), k.recipients(), seen.get(3));
            }
        }
        catalogue.registers().values().forEach(r -> used.get(Vocabulary.SUBJECTS).addAll(r.subjects()));
        return used;
    }

    /** Adds a kept class's keys of one vocabulary, unless the same list instance was added to it before. */
    private static void addOnce(Set<String> used, List<String> keys, Set<List<String>> seen) {
        if (!keys.isEmpty() && seen.add(keys)) {
            used.addAll(keys);
        }
    }

    private static String describe(IndexProblem problem) {
        return switch (problem.kind()) {
            case UNREADABLE -> problem.detail();
            case VERSION_UNSUPPORTED -> "schemaVersion " + problem.subject() + " is not " + IndexFormat.SCHEMA_VERSION;
            case ENTRY_INVALID -> problem.subject() + ": " + problem.detail();
        };
    }
}
