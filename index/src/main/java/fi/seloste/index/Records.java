package fi.seloste.index;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every record of the index does with what it is given: no nulls for lists and texts, nothing mutable, and
 * texts sorted by language, so whatever iterates them gives the same output on every run.
 */
final class Records {

    private static final SortedMap<String, String> NO_TEXTS = Collections.unmodifiableSortedMap(new TreeMap<>());
    private static final Class<?> SORTED_TEXTS = NO_TEXTS.getClass();

    private Records() {}

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** @return the texts, sorted by language and unmodifiable; the same instance when they already are */
    static Map<String, String> map(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return NO_TEXTS;
        }
        if (map.getClass() == SORTED_TEXTS && ((SortedMap<String, String>) map).comparator() == null) {
            return map;
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    static String whereDeclared(String origin, String declaredIn) {
        if (origin == null) {
            return declaredIn;
        }
        return declaredIn == null ? origin : origin + " (" + declaredIn + ")";
    }
}
