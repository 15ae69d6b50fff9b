package fi.seloste.processor.step;

import fi.seloste.index.PersonalField;
import fi.seloste.index.VerbatimField;
import java.util.List;

/**
 * An entry of the previous index kept for a class that is not compiled now: its bytes, copied into the new index
 * unchanged when this processor's writer wrote them (cheap in a cold {@code javac}: nothing is read that the merge does
 * not need), or its record, written anew when another version wrote the previous index.
 */
final class KeptField {

    /** {@code null} when the entry is written anew from {@link #record}. */
    private final VerbatimField verbatim;
    private PersonalField record;

    private KeptField(VerbatimField verbatim, PersonalField record) {
        this.verbatim = verbatim;
        this.record = record;
    }

    /** An entry whose bytes are copied into the new index. */
    static KeptField copied(VerbatimField verbatim) {
        return new KeptField(verbatim, null);
    }

    /** An entry written anew from its record. */
    static KeptField rewritten(PersonalField record) {
        return new KeptField(null, record);
    }

    String className() {
        return verbatim != null ? verbatim.className() : record.className();
    }

    String declaredIn() {
        return verbatim != null ? verbatim.declaredIn() : record.declaredIn();
    }

    String key() {
        return verbatim != null ? verbatim.key() : record.key();
    }

    String field() {
        return verbatim != null ? verbatim.field() : record.field();
    }

    String register() {
        return verbatim != null ? verbatim.register() : record.register();
    }

    List<String> purposes() {
        return verbatim != null ? verbatim.purposes() : record.purposes();
    }

    List<String> sources() {
        return verbatim != null ? verbatim.sources() : record.sources();
    }

    List<String> categories() {
        return verbatim != null ? verbatim.categories() : record.categories();
    }

    List<String> subjects() {
        return verbatim != null ? verbatim.subjects() : record.subjects();
    }

    List<String> recipients() {
        return verbatim != null ? verbatim.recipients() : record.recipients();
    }

    /** Whether the entry says where its field is written. */
    boolean positioned() {
        return verbatim != null ? verbatim.positioned() : record.sourceFile() != null;
    }

    /** The whole entry, read from its bytes on first use. */
    PersonalField entry() {
        if (record == null) {
            record = verbatim.entry();
        }
        return record;
    }

    /** The bytes to copy, or {@code null} when the entry is written anew. */
    VerbatimField verbatim() {
        return verbatim;
    }
}
