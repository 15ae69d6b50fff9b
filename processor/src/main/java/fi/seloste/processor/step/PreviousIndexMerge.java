package fi.seloste.processor.step;

import fi.seloste.processor.model.Declarations;
import fi.seloste.processor.model.IndexEntry;
import fi.seloste.processor.model.PersonalField;
import fi.seloste.processor.model.TermKind;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.Reporter;
import fi.seloste.processor.writer.IndexWriter;
import fi.seloste.processor.writer.KeptField;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
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
            file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", IndexWriter.LOCATION);
        } catch (IOException | RuntimeException e) {
            return; // no previous index (or a Filer that cannot say): a full build
        }
        classFiles.useDirectory(classOutputOf(file));
        IndexWriter.Previous previous;
        try (InputStream in = file.openInputStream()) {
            previous = new IndexWriter().read(in);
        } catch (FileNotFoundException | NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.PREVIOUS_INDEX_UNREADABLE, null, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return;
        }
        state.keptAsWritten(previous.asWritten());
        IndexWriter.Index old = previous.index();
        for (Declarations.Register r : nullSafe(old.registers())) {
            if (kept(r.declaredIn(), state)) {
                catalogue.registers().putIfAbsent(r.id(), r);
            }
        }
        for (Declarations.Purpose p : nullSafe(old.purposes())) {
            if (kept(p.declaredIn(), state)) {
                catalogue.purposes().putIfAbsent(p.key(), p);
            }
        }
        if (old.vocabulary() != null) {
            for (TermKind kind : TermKind.values()) {
                for (Declarations.Term t : nullSafe(old.vocabulary().get(kind.indexName()))) {
                    if (kept(t.declaredIn(), state)) {
                        catalogue.terms(kind).putIfAbsent(t.key(), t);
                    }
                }
            }
        }
        for (KeptField f : previous.fields()) {
            if (kept(f.className(), state)) {
                state.keep(f);
                if (f.declaredIn() != null && !kept(f.declaredIn(), state)) {
                    state.reachAgain(f.className());
                }
            }
        }
        for (Declarations.Undeclared u : nullSafe(old.undeclared())) {
            if (kept(u.className(), state)) {
                state.keepUndeclared(u);
            }
        }
    }

    /** The class output directory holding the index, or {@code null} when it is not a plain directory. */
    private static Path classOutputOf(FileObject index) {
        try {
            Path file = Path.of(index.toUri());
            Path root = file;
            for (int i = 0; i < IndexWriter.LOCATION.split("/").length; i++) {
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
        if (owner == null || TermKind.isBuiltIn(owner) || state.isProcessed(owner)) {
            return false;
        }
        return classFiles.exists(owner);
    }

    /**
     * Every entry the index gets: the fields resolved now, and the kept ones, copied as written when the previous
     * index was written the way this version writes (else parsed, to be written anew).
     */
    public List<IndexEntry> entries(CompilationState state) {
        Map<String, PersonalField> fields = state.resolvedFields();
        List<IndexEntry> entries = new ArrayList<>(fields.size() + state.keptCount());
        entries.addAll(fields.values());
        boolean asWritten = state.keptAsWritten();
        Set<String> current = state.currentClasses();
        for (KeptField k : state.keptFields()) {
            if (!current.contains(k.className())) {
                entries.add(asWritten ? k : k.parse());
            }
        }
        return entries;
    }

    /** How many entries the index gets. */
    public int entryCount(CompilationState state) {
        Set<String> current = state.currentClasses();
        int count = state.resolvedFields().size();
        for (KeptField k : state.keptFields()) {
            if (!current.contains(k.className())) {
                count++;
            }
        }
        return count;
    }

    /** The vocabulary keys the fields and registers use, gathered in one pass. */
    public Map<TermKind, Set<String>> usedTerms(CompilationState state) {
        Map<TermKind, Set<String>> used = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            used.put(kind, new java.util.HashSet<>());
        }
        for (PersonalField f : state.resolvedFields().values()) {
            used.get(TermKind.SOURCE).addAll(f.sources());
            used.get(TermKind.CATEGORY).addAll(f.categories());
            used.get(TermKind.SUBJECT).addAll(f.subjects());
            used.get(TermKind.RECIPIENT).addAll(f.recipients());
        }
        // kept entries share their lists (one instance per distinct list), so each list is added once per kind
        TermKind[] order = {TermKind.SOURCE, TermKind.CATEGORY, TermKind.SUBJECT, TermKind.RECIPIENT};
        List<Set<List<String>>> seen = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            seen.add(Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        Set<String> current = state.currentClasses();
        for (KeptField k : state.keptFields()) {
            if (current.contains(k.className())) {
                continue;
            }
            for (int i = 0; i < order.length; i++) {
                List<String> keys = k.terms().get(i);
                if (!keys.isEmpty() && seen.get(i).add(keys)) {
                    used.get(order[i]).addAll(keys);
                }
            }
        }
        catalogue.registers().values().forEach(r -> used.get(TermKind.SUBJECT).addAll(r.subjects()));
        return used;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
