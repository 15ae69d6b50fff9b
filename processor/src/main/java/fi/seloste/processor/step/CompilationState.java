package fi.seloste.processor.step;

import fi.seloste.index.PersonalField;
import fi.seloste.index.Undeclared;
import fi.seloste.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.element.Element;

/**
 * Everything one compilation has learnt so far, across its rounds, kept in one place so that each step reads and
 * adds to the same picture and the processor itself holds no state: the fields resolved now, the entries kept from
 * the previous index, the undeclared fields, what was compiled, and whether the index may still be written.
 */
public final class CompilationState {

    /** The fields resolved in this compilation, by key. */
    private final Map<String, PersonalField> fields = new TreeMap<>();
    /** The previous index's entries of classes not compiled now, by class, in index order; {@link #fields} wins. */
    private final Map<String, KeptClass> keptClasses = new LinkedHashMap<>();
    /** The source position of each field the kept entries name, by declaring class and field name. */
    private Map<String, PersonalField> keptPositions;
    /** The kept classes with entries that say where their field is written, in index order, for {@link #keptPosition}. */
    private final List<KeptClass> positioned = new ArrayList<>();
    /**
     * Kept entities that reach fields of a mapped superclass or embeddable compiled now: their copies are reached
     * again from their class files, so an edit of the superclass alone reaches them, as in a clean build.
     */
    private final Set<String> reachAgain = new TreeSet<>();
    private final Map<String, Undeclared> undeclared = new TreeMap<>();
    /**
     * What resolving the fields of a mapped superclass or embeddable on its own would report, by class: reported at
     * the end only for the classes no entity reached ({@link #reachedShared}).
     */
    private final Map<String, List<Reporter.Pending>> heldShared = new TreeMap<>();
    /**
     * The classes and packages that declared what the previous index took from other modules' indexes: where to
     * look for those indexes again, since this compilation may not touch the file that refers to them.
     */
    private final Set<String> borrowedBefore = new TreeSet<>();
    /** The mapped superclasses and embeddables an entity reached in this compilation. */
    private final Set<String> reachedShared = new HashSet<>();
    /** The classes and packages compiled in any round so far, by binary name. */
    private final Set<String> processedOwners = new HashSet<>();
    /** The fields the index is generated from, for the Filer's incremental-build bookkeeping. */
    private final List<Element> originating = new ArrayList<>();
    private boolean firstRound = true;
    private boolean written;
    /** After an internal error the index would be incomplete: it is not written, and javac fails. */
    private boolean internalError;
    private long nanos;
    private final Map<String, Long> stepNanos = new LinkedHashMap<>();
    private int rounds;

    // ------------------------------------------------------------------------------------------ rounds

    /** Counts a round. */
    public void startRound() {
        rounds++;
    }

    /** Whether the first round's one-time work is still to be done; {@code true} once. */
    public boolean takeFirstRound() {
        boolean first = firstRound;
        firstRound = false;
        return first;
    }

    public int rounds() {
        return rounds;
    }

    public void addTime(long elapsedNanos) {
        nanos += elapsedNanos;
    }

    public long nanos() {
        return nanos;
    }

    /** Adds time to a named step, for {@code -Aseloste.timing}'s breakdown. */
    public void addStepTime(String step, long elapsedNanos) {
        stepNanos.merge(step, elapsedNanos, Long::sum);
    }

    /** @return the time per step so far, in the order the steps first ran */
    public Map<String, Long> stepNanos() {
        return Collections.unmodifiableMap(stepNanos);
    }

    public void internalError() {
        internalError = true;
    }

    /** Whether the index is to be written now: once, and never after an internal error. */
    public boolean takeIndexTurn() {
        if (written || internalError) {
            return false;
        }
        written = true;
        return true;
    }

    public void processed(String owner) {
        processedOwners.add(owner);
    }

    public boolean isProcessed(String owner) {
        return processedOwners.contains(owner);
    }

    // ------------------------------------------------------------------------------------------ resolved fields

    public void resolved(PersonalField field) {
        fields.put(field.key(), field);
    }

    public void resolved(PersonalField field, Element origin) {
        fields.put(field.key(), field);
        originating.add(origin);
    }

    public PersonalField resolvedField(String key) {
        return fields.get(key);
    }

    /** The fields resolved now, by key. */
    public Map<String, PersonalField> resolvedFields() {
        return fields;
    }

    public List<Element> originating() {
        return originating;
    }

    /**
     * The classes with fields resolved now. A kept entry is never one of theirs (an entry is kept only for a class
     * not compiled now); checking by class keeps it so even if that changed.
     */
    public Set<String> currentClasses() {
        Set<String> classes = new HashSet<>();
        fields.values().forEach(f -> classes.add(f.className()));
        return classes;
    }

    // ------------------------------------------------------------------------------------------ kept entries

    void keep(KeptClass kept) {
        if (keptClasses.putIfAbsent(kept.className(), kept) == null && kept.positioned()) {
            positioned.add(kept);
        }
    }

    /**
     * A kept entry that tells where a field is written, when the previous index has one: a field of a mapped
     * superclass or embeddable read from its class file has no source position of its own.
     *
     * @param declaredKey the declaring class's binary name, {@code #} and the field's name
     * @return an entry with that field's source file and line, or {@code null}
     */
    public PersonalField keptPosition(String declaredKey) {
        if (keptPositions == null) { // made on first use: most builds never ask, and a large index has many entries
            keptPositions = new HashMap<>();
            for (KeptClass kept : positioned) {
                for (PersonalField field : kept.entries()) {
                    if (field.sourceFile() != null) {
                        String name = field.field().substring(field.field().lastIndexOf('.') + 1);
                        keptPositions.putIfAbsent(
                                (field.declaredIn() == null ? field.className() : field.declaredIn()) + "#" + name, field);
                    }
                }
            }
        }
        return keptPositions.get(declaredKey);
    }

    Iterable<KeptClass> keptClasses() {
        return keptClasses.values();
    }

    /**
     * The fields kept entries declare themselves (not reached copies), in index order, of the classes
     * {@code described} accepts.
     */
    public List<PersonalField> keptOwnFields(Predicate<String> described) {
        List<PersonalField> result = new ArrayList<>();
        for (KeptClass k : keptClasses.values()) {
            if (described.test(k.className())) {
                for (PersonalField f : k.entries()) {
                    if (f.declaredIn() == null) {
                        result.add(f);
                    }
                }
            }
        }
        return result;
    }

    /** Marks a kept entity to be reached again because a superclass or embeddable of it is compiled now (or gone). */
    public void reachAgain(String className) {
        reachAgain.add(className);
    }

    /** The kept entities to reach again, handed over once. */
    public List<String> takeReachAgain() {
        List<String> names = new ArrayList<>(reachAgain);
        reachAgain.clear();
        return names;
    }

    /** Takes a kept entity's own entries over as resolved, and drops its reached copies (they are made anew). */
    public void takeOverKept(String className) {
        KeptClass kept = keptClasses.remove(className);
        if (kept != null) {
            for (PersonalField f : kept.entries()) {
                if (f.declaredIn() == null) {
                    resolved(f);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ class path catalogues

    /** Notes a class or package that declared something the previous index had from another module. */
    public void borrowedBefore(String declaredIn) {
        borrowedBefore.add(declaredIn);
    }

    /** The classes and packages noted by {@link #borrowedBefore}, handed over once. */
    public List<String> takeBorrowedBefore() {
        List<String> names = new ArrayList<>(borrowedBefore);
        borrowedBefore.clear();
        return names;
    }

    // ------------------------------------------------------------------------------------------ shared classes

    /** Holds what resolving a field of a mapped superclass or embeddable on its own would report. */
    public void holdShared(String className, List<Reporter.Pending> pending) {
        if (!pending.isEmpty()) {
            heldShared.computeIfAbsent(className, k -> new ArrayList<>()).addAll(pending);
        }
    }

    /** Records that an entity stores the fields of a mapped superclass or embeddable. */
    public void reachedShared(String className) {
        reachedShared.add(className);
    }

    /** What the mapped superclasses and embeddables that no entity reached would report, handed over once. */
    public List<Reporter.Pending> takeUnreachedShared() {
        List<Reporter.Pending> result = new ArrayList<>();
        heldShared.forEach((className, pending) -> {
            if (!reachedShared.contains(className)) {
                result.addAll(pending);
            }
        });
        heldShared.clear();
        return result;
    }

    // ------------------------------------------------------------------------------------------ undeclared

    public void undeclared(Undeclared field) {
        undeclared.put(field.className() + "#" + field.field(), field);
    }

    /** Keeps an undeclared field from the previous index unless this compilation found it already. */
    public void keepUndeclared(Undeclared field) {
        undeclared.putIfAbsent(field.className() + "#" + field.field(), field);
    }

    public Map<String, Undeclared> undeclaredFields() {
        return undeclared;
    }
}
