package fi.seloste.processor.validation;

import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Vocabulary;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything declared so far (purposes, vocabulary entries and registers) from the sources being compiled,
 * the classpath and the previous index, with lookups that suggest the nearest key for a typo.
 */
public final class Catalogue {

    private final Map<String, Purpose> purposes = new TreeMap<>();
    private final Map<Vocabulary, Map<String, Term>> terms = new EnumMap<>(Vocabulary.class);
    private final Map<String, Register> registers = new TreeMap<>();
    private final Set<String> usedBuiltIns = new TreeSet<>();
    /** The declarations taken from another module's index on the class path, by identity. */
    private final Set<Object> borrowed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public Catalogue() {
        for (Vocabulary kind : Vocabulary.values()) {
            terms.put(kind, new TreeMap<>());
        }
    }

    /** @return the purposes by key */
    public Map<String, Purpose> purposes() {
        return purposes;
    }

    /** @return the entries of one vocabulary by key */
    public Map<String, Term> terms(Vocabulary kind) {
        return terms.get(kind);
    }

    /** @return the registers by id */
    public Map<String, Register> registers() {
        return registers;
    }

    /** @return whether the project declares purposes, and so must use keys everywhere */
    public boolean catalogueMode() {
        return !purposes.isEmpty();
    }

    /**
     * @param key a key that was not found
     * @param known the declared keys
     * @return " Did you mean 'x'?" for the nearest key within a small edit distance, or an empty string
     */
    public static String suggestion(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best == null || bestDistance > Math.max(2, key.length() / 3)) {
            return known.isEmpty() ? "" : " Declared: " + String.join(", ", known.stream().limit(8).toList())
                    + (known.size() > 8 ? ", ..." : "") + ".";
        }
        return " Did you mean '" + best + "'?";
    }

    /** Levenshtein distance, for suggestions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Takes a register another module's index declares, unless one of that id is known. */
    public void borrow(Register register) {
        if (registers.putIfAbsent(register.id(), register) == null) {
            borrowed.add(register);
        }
    }

    /** Takes a purpose another module's index declares, unless one of that key is known. */
    public void borrow(Purpose purpose) {
        if (purposes.putIfAbsent(purpose.key(), purpose) == null) {
            borrowed.add(purpose);
        }
    }

    /** Takes a vocabulary entry another module's index declares, unless one of that key is known. */
    public void borrow(Term term) {
        if (terms.get(term.vocabulary()).putIfAbsent(term.key(), term) == null) {
            borrowed.add(term);
        }
    }

    /**
     * @param declaration a register, purpose or term of this catalogue
     * @return whether it was taken from another module's index (and not declared again here): this module's index
     *     carries it only where this module uses it
     */
    public boolean borrowed(Object declaration) {
        return borrowed.contains(declaration);
    }

    /** Remembers that a built-in entry was used, so the index carries its labels. */
    void markUsed(Vocabulary kind, String key) {
        usedBuiltIns.add(kind.name() + ":" + key);
    }

    /**
     * @param kind a vocabulary
     * @param key a key
     * @return whether a field used this entry
     */
    public boolean used(Vocabulary kind, String key) {
        return usedBuiltIns.contains(kind.name() + ":" + key);
    }
}
