package fi.seloste.processor.step;

import fi.seloste.index.EntryRun;
import fi.seloste.index.PersonalField;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries of the previous index kept for one class that is not compiled now: their bytes, copied into the new
 * index as one run when this processor's writer wrote them (cheap in a cold {@code javac}: nothing is read that the
 * merge does not need), or their records, written anew when another version wrote the previous index.
 */
final class KeptClass {

    /** {@code null} when the entries are written anew from {@link #records}. */
    private final EntryRun run;
    private List<PersonalField> records;

    private KeptClass(EntryRun run, List<PersonalField> records) {
        this.run = run;
        this.records = records;
    }

    /** A class whose entries are copied into the new index unchanged. */
    static KeptClass copied(EntryRun run) {
        return new KeptClass(run, null);
    }

    /** A class whose entries are written anew from their records. */
    static KeptClass rewritten(List<PersonalField> records) {
        return new KeptClass(null, List.copyOf(records));
    }

    String className() {
        return run != null ? run.className() : records.get(0).className();
    }

    int count() {
        return run != null ? run.count() : records.size();
    }

    /** The classes its inherited or embedded entries are declared in. */
    List<String> declaredIns() {
        return run != null ? run.declaredIns() : keys(f -> f.declaredIn() == null ? List.of() : List.of(f.declaredIn()));
    }

    List<String> registers() {
        return run != null ? run.registers() : keys(f -> f.register() == null ? List.of() : List.of(f.register()));
    }

    List<String> purposes() {
        return run != null ? run.purposes() : keys(PersonalField::purposes);
    }

    List<String> sources() {
        return run != null ? run.sources() : keys(PersonalField::sources);
    }

    List<String> categories() {
        return run != null ? run.categories() : keys(PersonalField::categories);
    }

    List<String> subjects() {
        return run != null ? run.subjects() : keys(PersonalField::subjects);
    }

    List<String> recipients() {
        return run != null ? run.recipients() : keys(PersonalField::recipients);
    }

    /** Whether any of its entries says where its field is written. */
    boolean positioned() {
        return run != null ? run.positioned() : records.stream().anyMatch(f -> f.sourceFile() != null);
    }

    /** Its entries, read from the run's bytes on first use. */
    List<PersonalField> entries() {
        if (records == null) {
            records = run.entries();
        }
        return records;
    }

    /** The bytes to copy, or {@code null} when the entries are written anew. */
    EntryRun run() {
        return run;
    }

    private List<String> keys(java.util.function.Function<PersonalField, List<String>> of) {
        Set<String> keys = new TreeSet<>();
        records.forEach(f -> keys.addAll(of.apply(f)));
        return List.copyOf(keys);
    }
}
