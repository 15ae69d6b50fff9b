package fi.seloste.core.load;

import fi.seloste.RetentionPeriod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets the entries of the indexes read in one run share equal values, so 100,000 fields that name the same class,
 * source file, keys, labels and retention rules hold one copy of each instead of one per field: a large index then
 * costs tens of bytes per field in memory, not a kilobyte.
 *
 * <p>Only immutable values are shared. One instance serves one run; it is not thread-safe.
 */
final class SharedValues {

    private final Map<Object, Object> values = new HashMap<>();
    private final Map<String, RetentionPeriod> periods = new HashMap<>();
    /** Strings by their characters, open addressing: {@link #text} finds one without making a String to look up. */
    private String[] texts = new String[1 << 12];
    private int[] textHashes = new int[1 << 12];
    private int textCount;
    /** Whether a text seen so far holds a lone surrogate: rare, so entries are checked for one only after it. */
    private boolean loneSurrogateSeen;

    /**
     * @param chars characters, such as a JSON parser's text buffer
     * @param offset where the text starts
     * @param length how long it is
     * @return the one String with these characters; made only the first time they are seen
     */
    String text(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = texts.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (String known = texts[slot]; known != null; known = texts[slot]) {
            if (textHashes[slot] == hash && sameCharacters(known, chars, offset, length)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(chars, offset, length);
        loneSurrogateSeen |= hasLoneSurrogate(text);
        texts[slot] = text;
        textHashes[slot] = hash;
        if (++textCount * 2 > texts.length) {
            growTexts();
        }
        return text;
    }

    /** @return whether any text made by {@link #text} so far holds a lone surrogate */
    boolean loneSurrogateSeen() {
        return loneSurrogateSeen;
    }

    /**
     * @param text any text
     * @return whether it holds half of a surrogate pair alone, which no UTF-8 file can hold: an index with
     *     {@code "\\ud800"} in a string, written by hand or by a broken tool
     */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCharacters(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void growTexts() {
        String[] oldTexts = texts;
        int[] oldHashes = textHashes;
        texts = new String[oldTexts.length * 2];
        textHashes = new int[oldTexts.length * 2];
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                texts[slot] = oldTexts[i];
                textHashes[slot] = oldHashes[i];
            }
        }
    }

    /** @return the first value seen that equals {@code value}, or {@code value} itself; {@code null} stays {@code null} */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) {
            return null;
        }
        Object earlier = values.putIfAbsent(value, value);
        return earlier == null ? value : (T) earlier;
    }

    /** @return an immutable copy of {@code list}, shared with equal lists; copied only the first time it is seen */
    @SuppressWarnings("unchecked")
    List<String> list(List<String> list) {
        Object earlier = values.get(list); // lists are equal by their elements, whatever their class
        return earlier != null ? (List<String>) earlier : share(List.copyOf(list));
    }

    /** @return an immutable copy of {@code map}, shared with equal maps; copied only the first time it is seen */
    @SuppressWarnings("unchecked")
    Map<String, String> map(Map<String, String> map) {
        Object earlier = values.get(map); // maps are equal by their entries, whatever their class
        return earlier != null ? (Map<String, String>) earlier : share(Map.copyOf(map));
    }

    /**
     * @param text an ISO-8601 period such as {@code P4M}
     * @return the parsed period, parsed once per distinct text
     * @throws IllegalArgumentException when the text is not a valid period
     */
    RetentionPeriod period(String text) {
        RetentionPeriod period = periods.get(text);
        if (period == null) {
            period = RetentionPeriod.parse(text);
            periods.put(text, period);
        }
        return period;
    }
}
