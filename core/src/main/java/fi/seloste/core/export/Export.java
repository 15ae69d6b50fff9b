package fi.seloste.core.export;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.record.PublishedRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The machine-readable exports a build can write next to the record, each in another tool's own vocabulary, named by
 * the keys of {@code <exports>}: {@code dpv} and {@code fides}.
 */
public enum Export {
    /** The W3C Data Privacy Vocabulary as JSON-LD. */
    DPV(DpvExport.FILE, "jsonld", "seloste-dpv"),
    /** A fideslang manifest (Fides' datasets and systems). */
    FIDES(FidesExport.FILE, "yml", "seloste-fides");

    private final String file;
    private final String type;
    private final String classifier;

    Export(String file, String type, String classifier) {
        this.file = file;
        this.type = type;
        this.classifier = classifier;
    }

    /** @return the file name it is written to */
    public String file() {
        return file;
    }

    /** @return the artifact type it is published as */
    public String type() {
        return type;
    }

    /** @return the classifier it is published under */
    public String classifier() {
        return classifier;
    }

    /** @return its key in {@code <exports>} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the export of a record.
     *
     * @param out where it goes; flushed, not closed
     * @param record the record
     * @throws IOException when the writer fails
     */
    public void write(Writer out, PublishedRecord record) throws IOException {
        if (this == DPV) {
            new DpvExport().write(out, record);
        } else {
            new FidesExport().write(out, record);
        }
    }

    /**
     * @param keys the keys of {@code <exports>}; {@code none} alone for no export
     * @param problems where an unknown key is reported
     * @return the exports, in declaration order
     */
    public static Set<Export> of(List<String> keys, Problems problems) {
        Set<Export> exports = EnumSet.noneOf(Export.class);
        for (String key : keys) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            if (k.isEmpty() || k.equals("none")) {
                continue;
            }
            Export match = null;
            for (Export e : values()) {
                if (e.key().equals(k)) {
                    match = e;
                }
            }
            if (match == null) {
                List<String> known = new ArrayList<>();
                for (Export e : values()) {
                    known.add(e.key());
                }
                problems.report(Diagnostic.EXPORT_UNKNOWN, key.strip(), String.join(", ", known));
            } else {
                exports.add(match);
            }
        }
        return exports;
    }
}
