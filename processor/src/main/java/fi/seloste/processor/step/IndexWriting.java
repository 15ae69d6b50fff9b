package fi.seloste.processor.step;

import fi.seloste.processor.model.Declarations;
import fi.seloste.processor.model.TermKind;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.Reporter;
import fi.seloste.processor.writer.IndexWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Step 7, write the index: {@code META-INF/seloste/personal-data.json}, the file the Maven plugin builds the
 * record and the notices from, written once, in the final round, from the catalogue and the merged entries.
 */
public final class IndexWriting {

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
        Map<TermKind, Set<String>> used = merge.usedTerms(state);
        Map<String, List<Declarations.Term>> vocabulary = new TreeMap<>();
        for (TermKind kind : TermKind.values()) {
            List<Declarations.Term> terms = new ArrayList<>();
            for (Declarations.Term t : catalogue.terms(kind).values()) {
                if (!TermKind.isBuiltIn(t.declaredIn()) || used.get(kind).contains(t.key())) {
                    terms.add(t);
                }
            }
            vocabulary.put(kind.indexName(), terms);
        }
        IndexWriter.Index index = new IndexWriter.Index(IndexWriter.SCHEMA_VERSION, IndexWriter.GENERATOR,
                catalogue.catalogueMode() ? "catalogue" : "free-text",
                new ArrayList<>(catalogue.registers().values()),
                new ArrayList<>(catalogue.purposes().values()),
                vocabulary,
                merge.entries(state),
                new ArrayList<>(state.undeclaredFields().values()));
        try {
            FileObject file = filer.createResource(
                    StandardLocation.CLASS_OUTPUT, "", IndexWriter.LOCATION, state.originating().toArray(new Element[0]));
            try (OutputStream out = new BufferedOutputStream(file.openOutputStream(), 1 << 16)) {
                new IndexWriter().write(index, out);
            }
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.INDEX_NOT_WRITTEN, null, IndexWriter.LOCATION, e.getMessage());
        }
    }
}
