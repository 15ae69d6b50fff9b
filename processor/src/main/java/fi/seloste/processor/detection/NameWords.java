package fi.seloste.processor.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a field name into the words the dictionary is looked up with, because names come glued in every style:
 * camelCase, snake_case, digits, Nordic letters ({@code sähköposti}) and compounds ({@code kotiosoite}).
 */
final class NameWords {

    private NameWords() {
    }

    /**
     * Splits camelCase, PascalCase, snake_case, kebab, digits: "customerEmailAddr2" -> [customer, email, addr, 2];
     * "HETU_NUMBER" -> [hetu, number]; lower-cased.
     */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (int[] span : spans(name)) {
            out.add(name.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A word of a field name: lower-cased, folded, and where it sits in the name. */
    record Tok(String raw, String folded, int start, int end, boolean digits) {
    }

    private static List<int[]> spans(String name) {
        List<int[]> out = new ArrayList<>();
        int n = name.length();
        int start = -1;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (start >= 0) {
                    out.add(new int[] {start, i});
                }
                start = -1;
                continue;
            }
            if (start < 0) {
                start = i;
                continue;
            }
            char p = name.charAt(i - 1);
            boolean boundary = Character.isDigit(p) != Character.isDigit(c)
                    || (Character.isLowerCase(p) && Character.isUpperCase(c))
                    || (Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < n
                            && Character.isLowerCase(name.charAt(i + 1))
                            // keep "IPv4" together as "ipv", "4" rather than "i", "pv", "4"
                            && !(i + 2 < n && Character.isDigit(name.charAt(i + 2)) && i - 1 == start));
            if (boundary) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    static List<Tok> tokens(String name) {
        List<Tok> out = new ArrayList<>();
        for (int[] span : spans(name)) {
            String original = name.substring(span[0], span[1]);
            String raw = original.toLowerCase(Locale.ROOT);
            String folded = fold(raw);
            boolean digits = Character.isDigit(raw.charAt(0));
            boolean sameLength = raw.length() == original.length();
            if (!digits && raw.length() >= 5 && !Dictionary.VOCABULARY.contains(folded)) {
                List<int[]> parts = segment(folded);
                if (parts != null && parts.size() > 1) {
                    for (int[] part : parts) {
                        int s = sameLength ? span[0] + part[0] : -1;
                        int e = sameLength ? span[0] + part[1] : -1;
                        out.add(new Tok(raw.substring(part[0], part[1]), folded.substring(part[0], part[1]), s, e,
                                false));
                    }
                    continue;
                }
            }
            out.add(new Tok(raw, folded, sameLength ? span[0] : -1, sameLength ? span[1] : -1, digits));
        }
        return out;
    }

    /**
     * Cuts a glued word into known words ("kotiosoite" -> koti, osoite; "customeremail" -> customer, email),
     * preferring fewest pieces; falls back to a known compound head at the end with any prefix of three or
     * more letters ("bruttopalkka" -> brutto, palkka). Returns null when neither works.
     */
    private static List<int[]> segment(String w) {
        int n = w.length();
        int[] best = new int[n + 1];
        int[] prev = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int j = i + 2; j <= Math.min(n, i + 24); j++) {
                String piece = w.substring(i, j);
                if ((piece.length() >= 3 || Dictionary.SHORT_PIECES.contains(piece)) && Dictionary.VOCABULARY.contains(piece)
                        && best[i] + 1 < best[j]) {
                    best[j] = best[i] + 1;
                    prev[j] = i;
                }
            }
        }
        if (best[n] != Integer.MAX_VALUE) {
            List<int[]> parts = new ArrayList<>();
            for (int j = n; j > 0; j = prev[j]) {
                parts.add(new int[] {prev[j], j});
            }
            Collections.reverse(parts);
            return parts;
        }
        for (String head : Dictionary.COMPOUND_HEADS) {
            if (w.endsWith(head) && n - head.length() >= 3) {
                return List.of(new int[] {0, n - head.length()}, new int[] {n - head.length(), n});
            }
        }
        return null;
    }

    static String fold(String s) {
        char[] cs = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = switch (c) {
                case 'ä', 'å', 'á', 'à', 'â' -> 'a';
                case 'ö', 'ø', 'ó', 'ô' -> 'o';
                case 'é', 'è', 'ê' -> 'e';
                case 'ü', 'ú' -> 'u';
                default -> c;
            };
            if (f != c) {
                if (cs == null) {
                    cs = s.toCharArray();
                }
                cs[i] = f;
            }
        }
        return cs == null ? s : new String(cs);
    }
}
