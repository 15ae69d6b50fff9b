package fi.seloste.processor.step;

import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import fi.seloste.index.IndexWriter;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import fi.seloste.index.EntryRun;
import fi.seloste.index.IndexLayout;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.Reporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Step 7, write the index ({@link IndexFormat#LOCATION}), the file the Maven plugin builds the
 * record and the notices from, written once, in the final round, from the catalogue and the merged entries.
 */
public final class IndexWriting {

    /** Who writes the index: {@code seloste-processor} and its version, so an index says which build made it. */
    public static final String GENERATOR = "seloste-processor " + processorVersion();

    private final Filer filer;
    private final Reporter reporter;
    private final Catalogue catalogue;
    private final PreviousIndexMerge merge;

    public IndexWriting(Filer filer, Reporter reporter, Catalogue catalogue, PreviousIndexMerge merge) {
        this.filer = filer;
        this.reporter = reporter;
        this.catalogue = catalogue;
        this.merge = merge;
    }

    /** Writes the index, unless it was written already or an internal error would leave it incomplete. */
    public void writeOnce(CompilationState state) {
        if (!state.takeIndexTurn()) {
            return;
        }
        Map<Vocabulary, Set<String>> used = merge.usedTerms(state);
        List<EntryRun> copied = new ArrayList<>();
        List<PersonalField> entries = merge.entries(state, copied);
        // what another module's index declares is written only where this module uses it: that index has the rest
        Set<String> usedRegisters = new HashSet<>();
        Set<String> usedPurposes = new HashSet<>();
        for (PersonalField f : entries) {
            usedRegisters.add(f.register());
            usedPurposes.addAll(f.purposes());
        }
        // runs read through a layout share their lists (one instance per distinct list): each is added once
        Set<List<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (EntryRun r : copied) {
            if (seen.add(r.registers())) {
                usedRegisters.addAll(r.registers());
            }
            if (seen.add(r.purposes())) {
                usedPurposes.addAll(r.purposes());
            }
        }
        state.undeclaredFields().values().forEach(u -> usedRegisters.add(u.register()));
        List<Register> registers = new ArrayList<>();
        for (Register r : catalogue.registers().values()) {
            if (!catalogue.borrowed(r) || usedRegisters.contains(r.id())) {
                registers.add(r);
                usedPurposes.addAll(r.purposes());
            }
        }
        List<Purpose> purposes = new ArrayList<>();
        for (Purpose p : catalogue.purposes().values()) {
            if (!catalogue.borrowed(p) || usedPurposes.contains(p.key())) {
                purposes.add(p);
            }
        }
        List<Term> terms = new ArrayList<>();
        for (Vocabulary kind : Vocabulary.values()) {
            for (Term t : catalogue.terms(kind).values()) {
                boolean borrowedOrBuiltIn = Vocabulary.isBuiltIn(t.declaredIn()) || catalogue.borrowed(t);
                if (!borrowedOrBuiltIn || used.get(kind).contains(t.key())) {
                    terms.add(t);
                }
            }
        }
        Index index = new Index(IndexFormat.SCHEMA_VERSION, GENERATOR,
                catalogue.catalogueMode() ? IndexFormat.MODE_CATALOGUE : IndexFormat.MODE_FREE_TEXT,
                registers,
                purposes,
                terms,
                entries,
                new ArrayList<>(state.undeclaredFields().values()),
                null);
        try {
            FileObject file = filer.createResource(
                    StandardLocation.CLASS_OUTPUT, "", IndexFormat.LOCATION, state.originating().toArray(new Element[0]));
            IndexLayout layout;
            try (OutputStream out = new BufferedOutputStream(file.openOutputStream(), 1 << 16)) {
                layout = new IndexWriter().writeRuns(index, copied, out);
            }
            writeLayout(layout, state);
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.INDEX_NOT_WRITTEN, null, IndexFormat.LOCATION, e.getMessage());
        }
    }

    /**
     * Keeps where each class's entries went beside the generated sources, for the next incremental compile
     * ({@link IndexLayout}). Without it that compile only reads the index more slowly, so a failure is not reported:
     * a layout left from before no longer matches the index and is ignored.
     */
    private void writeLayout(IndexLayout layout, CompilationState state) {
        try {
            FileObject file = filer.createResource(
                    StandardLocation.SOURCE_OUTPUT, "", IndexLayout.LOCATION, state.originating().toArray(new Element[0]));
            try (OutputStream out = new BufferedOutputStream(file.openOutputStream(), 1 << 16)) {
                layout.write(out);
            }
        } catch (IOException | RuntimeException e) {
            // the next compile reads the index without a layout
        }
    }

    private static String processorVersion() {
        try (InputStream in = IndexWriting.class.getResourceAsStream("/fi/seloste/processor/processor.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "unknown" : version.strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
