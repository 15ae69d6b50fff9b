package fi.seloste.core.model;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Register;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Bounds the output of one run: every register adds a notice per language in two formats, so a small hostile index
 * that declares tens of thousands of registers would make a build write tens of thousands of files. No organisation
 * keeps anywhere near {@link #MAX_REGISTERS} registers, so more is refused before anything is rendered, naming the
 * indexes that declare the most.
 */
public final class RegisterLimit {

    /** The most registers one run writes: at most 3,005 files with three languages. */
    public static final int MAX_REGISTERS = 500;

    /** How many of the biggest contributors a message names. */
    private static final int NAMED = 3;

    private RegisterLimit() {}

    /**
     * @param catalogue the merged declarations
     * @param problems where too many registers are reported
     * @return whether the run stays within the limit
     */
    public static boolean check(Catalogue catalogue, Problems problems) {
        Map<String, String> firstNamedBy = new TreeMap<>();
        for (Register r : catalogue.registers().values()) {
            firstNamedBy.putIfAbsent(r.id(), String.valueOf(r.origin()));
        }
        for (PersonalField f : catalogue.fields()) {
            firstNamedBy.putIfAbsent(f.register() == null ? ProcessingActivity.DEFAULT_ID : f.register(),
                    String.valueOf(f.origin()));
        }
        if (firstNamedBy.size() <= MAX_REGISTERS) {
            return true;
        }
        Map<String, Long> byOrigin = firstNamedBy.values().stream()
                .collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
        String biggest = byOrigin.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED)
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        problems.report(Diagnostic.REGISTERS_TOO_MANY, firstNamedBy.size(), MAX_REGISTERS, biggest);
        return false;
    }
}
