package fi.seloste.processor.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Catches entity fields that look like personal data although nobody has said whether they are, so that an
 * undocumented e-mail or identity-code column fails the build instead of silently missing from the privacy
 * notice.
 *
 * <p>The detector only sees a field's name and its type as javac prints it. It splits the name into words
 * (camelCase, PascalCase, snake_case, kebab-case, digits), folds Finnish and Swedish letters (ä→a, ö→o,
 * å→a), cuts glued compounds such as {@code kotiosoite} or {@code customeremail} into known words, and
 * looks up single words and runs of adjacent words in a Finnish, Swedish and English dictionary grouped by
 * meaning. A flagged field becomes a compile error, so the rules lean towards silence:
 *
 * <ul>
 *   <li><b>Metadata, not the thing.</b> A field whose name continues after the personal word with a word
 *       such as {@code id}, {@code type}, {@code template}, {@code at}, {@code date}, {@code verified},
 *       {@code count}, {@code policy} or {@code format} describes the data rather than holding it:
 *       {@code emailTemplateId}, {@code phoneType}, {@code emailSentDate}, {@code passwordMinLength}.
 *       Compounds that contain such a word stay personal: {@code birthDate}, {@code bloodType},
 *       {@code deviceId}, {@code postalCode}.</li>
 *   <li><b>Whose address?</b> A personal word preceded by a word naming a machine, a service or an
 *       organisation is not personal: {@code serverAddress}, {@code hostAddress}, {@code webAddress},
 *       {@code remoteServerIp}, {@code smtpPassword}, {@code companyPhone}, {@code supportEmail}. A person
 *       word closer to it wins: {@code companyContactEmail} is personal.</li>
 *   <li><b>Ambiguous short words</b> ({@code mail}, {@code tel}, {@code mobile}, {@code zip}, {@code ip},
 *       {@code login}, {@code dob}) count only at the end of the name: {@code clientIp} yes,
 *       {@code zipFile} and {@code ipRangeStart} no.</li>
 *   <li><b>Generic nouns need a person.</b> {@code name}, {@code nimi}, {@code namn}, {@code image},
 *       {@code kuva}, {@code number}, {@code message}, {@code location}, {@code latitude} and similar count
 *       only right after a person word: {@code customerName}, {@code hakijanNimi}, {@code kundnummer},
 *       {@code patientMessage} are personal; bare {@code name}, {@code displayName}, {@code companyName},
 *       {@code productName} and a store's {@code latitude} are not. {@code age} and {@code sex} count
 *       alone or after a person word, not after {@code max} or {@code cache}.</li>
 *   <li><b>The type must be able to hold the data.</b> A {@code boolean} cannot hold an e-mail address, so
 *       {@code boolean emailVerified} is not flagged; only health and other special-category words, whose
 *       yes/no answer is itself sensitive ({@code boolean smoker}, {@code boolean tradeUnionMember}), apply
 *       to booleans. Dates count only for birth dates; {@code int emails} is a count. Types that never
 *       carry personal data ({@code Pattern}, {@code Class}, {@code Locale}, {@code ZoneId},
 *       {@code Currency}) are ignored.</li>
 *   <li><b>Type rule.</b> {@code java.net.InetAddress}, {@code Inet4Address} and {@code Inet6Address},
 *       also inside collections, arrays and {@code Optional}, are IP addresses whatever the name.</li>
 * </ul>
 *
 * <p>Decisions on ambiguous cases:
 *
 * <ul>
 *   <li>Bare {@code name}, {@code title} and {@code displayName} are not flagged: on entities they name
 *       products, categories and places more often than people. Person-qualified names are flagged.</li>
 *   <li>{@code username}, {@code login}, {@code kayttajatunnus} are online identifiers: flagged.</li>
 *   <li>{@code password}, {@code passwordHash}, {@code pin}: flagged. A person's credential is data relating
 *       to that person; a service credential has a machine word in front ({@code smtpPassword}) and is
 *       not.</li>
 *   <li>{@code emailHash}, {@code emailEncrypted}, {@code phoneNormalized}: flagged. Hashed or encrypted
 *       identifiers are pseudonymous personal data.</li>
 *   <li>{@code macAddress}, {@code deviceId}, {@code imei}, {@code pushToken}, {@code userAgent}: flagged
 *       as device or online identifiers; a gateway's or server's MAC address is not
 *       ({@code gatewayMacAddress}).</li>
 *   <li>{@code createdBy}, {@code lastModifiedBy} and other "verb + By" fields are flagged when they hold
 *       text, because that text is a user's name or login. Typed as an entity or a number they are
 *       references to a person row, like {@code customerId}; references are not flagged because the
 *       personal data is documented where it is stored.</li>
 *   <li>A person noun alone holding text ({@code String assignedNurse}, {@code kasittelija},
 *       {@code handlaggare}) holds that person's name or login: flagged.</li>
 *   <li>{@code companyName}, {@code companyAddress}, {@code supplierEmail}: not flagged. A company is not a
 *       natural person.</li>
 *   <li>Consent and preference flags ({@code emailConsent}, {@code marketingOptIn}) are not flagged: they
 *       are facts about processing, not the identifier itself.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; all dictionaries are built once per class.
 */
public final class PersonalFieldDetector {

    /**
     * Why a field was flagged: the word or type that matched and what it suggests, e.g.
     * "its name contains 'email' (e-mail address)".
     *
     * @param matched the part of the field name (as written) or the type name that matched
     * @param meaning what the match suggests, e.g. "an e-mail address"
     * @param reason a short sentence for a compile error, e.g. {@code its name contains "email" (an e-mail address)}
     */
    public record Suspicion(String matched, String meaning, String reason) {
    }

    /** Creates a detector; all dictionaries are shared and precomputed. */
    public PersonalFieldDetector() {
    }

    /**
     * Decides whether an unannotated field looks personal.
     *
     * @param fieldName the field or record component name
     * @param qualifiedTypeName the field type as {@code TypeMirror.toString()} prints it; may be null
     * @return why the field looks personal, or empty when it does not
     */
    public Optional<Suspicion> inspect(String fieldName, String qualifiedTypeName) {
        TypeFacts type = TypeFacts.of(qualifiedTypeName);
        if (type.inetType != null) {
            String shown = type.shown;
            String reason = shown.equals(type.inetType)
                    ? "its type " + shown + " is an IP address"
                    : "its type " + shown + " holds " + type.inetType + " values, which are IP addresses";
            return Optional.of(new Suspicion(type.inetType, Meaning.IP_ADDRESS.description, reason));
        }
        if (fieldName == null || fieldName.isBlank() || type.kinds.equals(EnumSet.of(Kind.NONE))) {
            return Optional.empty();
        }
        List<Tok> toks = tokens(fieldName);
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        Hit hit = termHit(toks, type.kinds);
        if (hit == null) {
            hit = actorHit(toks, type.kinds);
        }
        if (hit == null) {
            hit = personNounHit(toks, type.kinds);
        }
        if (hit == null) {
            return Optional.empty();
        }
        String matched = text(fieldName, toks, hit.from, hit.to);
        return Optional.of(new Suspicion(matched, hit.meaning.description,
                "its name contains \"" + matched + "\" (" + hit.meaning.description + ")"));
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

    // ------------------------------------------------------------------------------------------ matching

    private static final int MAX_RUN = 5;

    private record Hit(Meaning meaning, int from, int to) {
    }

    private record Candidate(Term term, int start, int end) {
    }

    /** The first dictionary match that survives the type, tail, owner and cue rules. */
    private static Hit termHit(List<Tok> toks, Set<Kind> kinds) {
        int n = toks.size();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder raw = new StringBuilder();
            StringBuilder folded = new StringBuilder();
            Candidate longest = null;
            for (int j = i; j < Math.min(n, i + MAX_RUN); j++) {
                raw.append(toks.get(j).raw);
                folded.append(toks.get(j).folded);
                Term term = lookup(raw, folded);
                if (term != null) {
                    longest = new Candidate(term, i, j + 1);
                }
            }
            if (longest != null) {
                found.add(longest);
            }
        }
        for (Candidate c : found) {
            if (containedInLonger(c, found)) {
                continue;
            }
            Hit hit = evaluate(c, toks, kinds);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static boolean containedInLonger(Candidate c, List<Candidate> all) {
        for (Candidate o : all) {
            if (o != c && o.start <= c.start && c.end <= o.end && (o.end - o.start) > (c.end - c.start)) {
                return true;
            }
        }
        return false;
    }

    private static Hit evaluate(Candidate c, List<Tok> toks, Set<Kind> kinds) {
        Term term = c.term;
        if (!term.meaning.accepts(kinds)) {
            return null;
        }
        int from = c.start;
        switch (term.reach) {
            case STRONG -> {
                Set<String> exempt = term.meaning.sensitive ? SENSITIVE_TAIL : Set.of();
                for (int k = c.end; k < toks.size(); k++) {
                    String w = toks.get(k).folded;
                    if (METADATA.contains(w) && !exempt.contains(w)) {
                        return null;
                    }
                }
                if (ownedByThing(toks, c.start)) {
                    return null;
                }
            }
            case WEAK -> {
                if (!neutralTail(toks, c.end, term.meaning) || ownedByThing(toks, c.start)) {
                    return null;
                }
            }
            case BARE -> {
                if (!neutralTail(toks, c.end, term.meaning)) {
                    return null;
                }
                for (int k = 0; k < c.start; k++) {
                    String w = toks.get(k).folded;
                    if (!PERSON.contains(w) && !MODIFIERS.contains(w)) {
                        return null;
                    }
                }
                from = 0;
            }
            case CUED -> {
                if (!neutralTail(toks, c.end, term.meaning)) {
                    return null;
                }
                int k = c.start - 1;
                Set<String> cues = term.meaning == Meaning.LOCATION ? LOCATION_CUES : PERSON;
                while (k >= 0 && !cues.contains(toks.get(k).folded) && MODIFIERS.contains(toks.get(k).folded)) {
                    k--;
                }
                if (k < 0 || !cues.contains(toks.get(k).folded)) {
                    return null;
                }
                from = withPersonWordsBefore(toks, k);
            }
            default -> throw new IllegalStateException(term.reach.name());
        }
        return new Hit(term.meaning, from, c.end);
    }

    /** Whether the nearest owner word before {@code start} is a machine, service or organisation. */
    private static boolean ownedByThing(List<Tok> toks, int start) {
        for (int k = start - 1; k >= 0; k--) {
            String w = toks.get(k).folded;
            if (PERSON.contains(w)) {
                return false;
            }
            if (THINGS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean neutralTail(List<Tok> toks, int end, Meaning meaning) {
        for (int k = end; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (!t.digits && !NEUTRAL.contains(t.folded)
                    && !(meaning == Meaning.MESSAGE && MESSAGE_TAIL.contains(t.folded))) {
                return false;
            }
        }
        return true;
    }

    /** Widens a match to the person words right before it: "emergencyContactName", not "ContactName". */
    private static int withPersonWordsBefore(List<Tok> toks, int from) {
        while (from > 0 && PERSON.contains(toks.get(from - 1).folded)) {
            from--;
        }
        return from;
    }

    /** {@code createdBy}, {@code lastModifiedBy}, {@code skapadAv} holding text: whoever did it. */
    private static Hit actorHit(List<Tok> toks, Set<Kind> kinds) {
        int n = toks.size();
        if (n < 2 || !kinds.contains(Kind.TEXT) || !BY.contains(toks.get(n - 1).folded)
                || !ACTOR_VERBS.contains(toks.get(n - 2).folded)) {
            return null;
        }
        return new Hit(Meaning.ACTOR, n - 2, n);
    }

    /** A person noun at the end of a text field ({@code String assignedNurse}) holds a name or login. */
    private static Hit personNounHit(List<Tok> toks, Set<Kind> kinds) {
        int last = toks.size() - 1;
        if (!kinds.contains(Kind.TEXT) || !PERSON_ALONE.contains(toks.get(last).folded)
                || ownedByThing(toks, last)) {
            return null;
        }
        return new Hit(Meaning.PERSON, withPersonWordsBefore(toks, last), last + 1);
    }

    private static Term lookup(CharSequence raw, CharSequence folded) {
        String r = raw.toString();
        Term exact = EXACT.get(r);
        if (exact != null) {
            return exact;
        }
        String f = folded.toString();
        Term term = TERMS.get(f);
        if (term == null && f.length() >= 5 && f.endsWith("es")) {
            term = TERMS.get(f.substring(0, f.length() - 2));
        }
        if (term == null && f.length() >= 4 && f.endsWith("s") && !f.endsWith("ss")) {
            term = TERMS.get(f.substring(0, f.length() - 1));
        }
        return term;
    }

    private static String text(String name, List<Tok> toks, int from, int to) {
        int start = toks.get(from).start;
        int end = toks.get(to - 1).end;
        if (start < 0 || end > name.length() || start >= end) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                sb.append(toks.get(i).raw);
            }
            return sb.toString();
        }
        return name.substring(start, end);
    }

    // ------------------------------------------------------------------------------------------ words

    /** A word of a field name: lower-cased, folded, and where it sits in the name. */
    private record Tok(String raw, String folded, int start, int end, boolean digits) {
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

    private static List<Tok> tokens(String name) {
        List<Tok> out = new ArrayList<>();
        for (int[] span : spans(name)) {
            String original = name.substring(span[0], span[1]);
            String raw = original.toLowerCase(Locale.ROOT);
            String folded = fold(raw);
            boolean digits = Character.isDigit(raw.charAt(0));
            boolean sameLength = raw.length() == original.length();
            if (!digits && raw.length() >= 5 && !VOCABULARY.contains(folded)) {
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
                if ((piece.length() >= 3 || SHORT_PIECES.contains(piece)) && VOCABULARY.contains(piece)
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
        for (String head : COMPOUND_HEADS) {
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

    // ------------------------------------------------------------------------------------------ types

    private enum Kind { TEXT, NUMBER, BOOLEAN, TEMPORAL, BINARY, OTHER, NONE }

    /** What kinds of value a declared type can hold, and the IP address type inside it, if any. */
    private static final class TypeFacts {
        final Set<Kind> kinds;
        final String inetType;
        final String shown;

        private TypeFacts(Set<Kind> kinds, String inetType, String shown) {
            this.kinds = kinds;
            this.inetType = inetType;
            this.shown = shown;
        }

        static TypeFacts of(String type) {
            if (type == null || type.isBlank()) {
                return new TypeFacts(EnumSet.of(Kind.OTHER), null, "");
            }
            String t = withoutAnnotations(type).trim();
            EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
            String inet = null;
            int n = t.length();
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (!Character.isJavaIdentifierStart(c)) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && (Character.isJavaIdentifierPart(t.charAt(i)) || t.charAt(i) == '.')) {
                    i++;
                }
                String id = t.substring(s, i);
                if (id.equals("extends") || id.equals("super") || CONTAINERS.contains(id)) {
                    continue;
                }
                int j = i;
                while (j < n && t.charAt(j) == ' ') {
                    j++;
                }
                boolean array = j < n && t.charAt(j) == '[';
                if (INET_TYPES.contains(id)) {
                    if (inet == null) {
                        inet = id;
                    }
                    kinds.add(Kind.TEXT);
                    continue;
                }
                Kind kind = array && BINARY_ARRAY_ELEMENTS.contains(id) ? Kind.BINARY
                        : array && (id.equals("char") || id.equals("java.lang.Character")) ? Kind.TEXT
                        : LEAF_KINDS.getOrDefault(id, Kind.OTHER);
                kinds.add(kind);
            }
            if (kinds.isEmpty()) {
                kinds.add(Kind.OTHER);
            }
            if (kinds.size() > 1) {
                kinds.remove(Kind.NONE);
            }
            return new TypeFacts(kinds, inet, t);
        }

        /** Drops type annotations such as {@code java.lang.@org.example.Nullable String}. */
        private static String withoutAnnotations(String type) {
            if (type.indexOf('@') < 0) {
                return type;
            }
            StringBuilder out = new StringBuilder(type.length());
            int n = type.length();
            int i = 0;
            while (i < n) {
                char c = type.charAt(i);
                if (c != '@') {
                    out.append(c);
                    i++;
                    continue;
                }
                i++;
                while (i < n && (Character.isJavaIdentifierPart(type.charAt(i)) || type.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && type.charAt(i) == '(') {
                    int depth = 0;
                    boolean quoted = false;
                    for (; i < n; i++) {
                        char d = type.charAt(i);
                        if (d == '"' && type.charAt(i - 1) != '\\') {
                            quoted = !quoted;
                        } else if (!quoted && d == '(') {
                            depth++;
                        } else if (!quoted && d == ')' && --depth == 0) {
                            i++;
                            break;
                        }
                    }
                }
                while (i < n && type.charAt(i) == ' ') {
                    i++;
                }
            }
            return out.toString();
        }
    }

    private static final Set<String> INET_TYPES = Set.of(
            "java.net.InetAddress", "java.net.Inet4Address", "java.net.Inet6Address");

    private static final Set<String> BINARY_ARRAY_ELEMENTS = Set.of("byte", "java.lang.Byte");

    private static final Set<String> CONTAINERS = Set.of(
            "java.util.List", "java.util.Set", "java.util.Collection", "java.util.Optional", "java.util.Map",
            "java.util.SortedSet", "java.util.NavigableSet", "java.util.SortedMap", "java.util.NavigableMap",
            "java.util.Queue", "java.util.Deque", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Map.Entry", "java.lang.Iterable",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentMap", "java.util.SequencedCollection", "java.util.SequencedSet",
            "java.util.SequencedMap");

    private static final Map<String, Kind> LEAF_KINDS = new HashMap<>();

    static {
        for (String t : List.of("boolean", "java.lang.Boolean", "java.util.concurrent.atomic.AtomicBoolean")) {
            LEAF_KINDS.put(t, Kind.BOOLEAN);
        }
        for (String t : List.of("byte", "short", "int", "long", "float", "double", "java.lang.Byte",
                "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
                "java.lang.Number", "java.math.BigDecimal", "java.math.BigInteger",
                "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
                "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble")) {
            LEAF_KINDS.put(t, Kind.NUMBER);
        }
        for (String t : List.of("java.lang.String", "java.lang.CharSequence", "char", "java.lang.Character",
                "java.lang.StringBuilder", "java.net.URI", "java.net.URL", "java.sql.Clob", "java.sql.NClob")) {
            LEAF_KINDS.put(t, Kind.TEXT);
        }
        for (String t : List.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                "java.time.Instant", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
                "java.time.Year", "java.time.YearMonth", "java.time.MonthDay", "java.time.Month",
                "java.time.DayOfWeek", "java.time.Duration", "java.time.Period", "java.util.Date", "java.sql.Date",
                "java.sql.Time", "java.sql.Timestamp", "java.util.Calendar", "java.util.GregorianCalendar")) {
            LEAF_KINDS.put(t, Kind.TEMPORAL);
        }
        for (String t : List.of("java.sql.Blob", "java.nio.ByteBuffer", "java.io.InputStream")) {
            LEAF_KINDS.put(t, Kind.BINARY);
        }
        for (String t : List.of("java.util.regex.Pattern", "java.lang.Class", "java.util.Locale",
                "java.time.ZoneId", "java.time.ZoneOffset", "java.util.TimeZone", "java.util.Currency",
                "java.nio.charset.Charset", "java.lang.Void", "void")) {
            LEAF_KINDS.put(t, Kind.NONE);
        }
    }

    // ------------------------------------------------------------------------------------------ dictionary

    private static final Set<Kind> IDENT = EnumSet.of(Kind.TEXT, Kind.NUMBER, Kind.BINARY, Kind.OTHER);
    private static final Set<Kind> WORDS = EnumSet.of(Kind.TEXT, Kind.BINARY, Kind.OTHER);

    private enum Meaning {
        EMAIL("an e-mail address", WORDS, false),
        PHONE("a telephone number", IDENT, false),
        IDENTITY_CODE("a national identity number", IDENT, false),
        NAME("a person's name", WORDS, false),
        ADDRESS("a postal address", WORDS, false),
        HOME_MUNICIPALITY("a home municipality", IDENT, false),
        POSTAL_CODE("a postal code", IDENT, false),
        BIRTH_DATE("a date of birth", EnumSet.of(Kind.TEXT, Kind.NUMBER, Kind.TEMPORAL, Kind.BINARY, Kind.OTHER),
                false),
        BIRTH_PLACE("a place of birth", WORDS, false),
        AGE("a person's age", IDENT, false),
        IP_ADDRESS("an IP address", IDENT, false),
        BANK_ACCOUNT("a bank account number", IDENT, false),
        PAYMENT_CARD("a payment card number", IDENT, false),
        GENDER("a person's gender", WORDS, false),
        SPECIAL_CATEGORY("data on origin, beliefs, union membership, sexual orientation or criminal record",
                EnumSet.of(Kind.TEXT, Kind.BOOLEAN, Kind.BINARY, Kind.OTHER), true),
        NATIONALITY("a nationality", WORDS, false),
        IDENTITY_DOCUMENT("an identity document number", IDENT, false),
        LOCATION("a person's location", IDENT, false),
        DEVICE_IDENTIFIER("a device or online identifier", IDENT, false),
        USERNAME("a username", WORDS, false),
        CREDENTIAL("a password or PIN", WORDS, false),
        HEALTH("health data", EnumSet.of(Kind.TEXT, Kind.NUMBER, Kind.BOOLEAN, Kind.BINARY, Kind.OTHER), true),
        PAY("salary or income", EnumSet.of(Kind.TEXT, Kind.NUMBER, Kind.OTHER), false),
        SIGNATURE("a signature", WORDS, false),
        PHOTO("a photo of a person", WORDS, false),
        PERSON_NUMBER("a customer, member or employee number", IDENT, false),
        MOTHER_TONGUE("a mother tongue", WORDS, false),
        MARITAL_STATUS("a marital status", WORDS, true),
        SAFETY_MARKING("a non-disclosure marking for personal safety",
                EnumSet.of(Kind.TEXT, Kind.BOOLEAN, Kind.OTHER), true),
        MESSAGE("free text written by or about a person", WORDS, false),
        PERSON("the name or login of a person", EnumSet.of(Kind.TEXT), false),
        ACTOR("the name or login of the person who did it", EnumSet.of(Kind.TEXT), false);

        final String description;
        final Set<Kind> kinds;
        /** Special-category or similar: "status", "result", "level" after the word do not make it metadata. */
        final boolean sensitive;

        Meaning(String description, Set<Kind> kinds, boolean sensitive) {
            this.description = description;
            this.kinds = kinds;
            this.sensitive = sensitive;
        }

        boolean accepts(Set<Kind> actual) {
            for (Kind k : actual) {
                if (kinds.contains(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How much context a dictionary word needs before it counts. */
    private enum Reach {
        /** Counts anywhere unless metadata follows or a machine/organisation word owns it. */
        STRONG,
        /** Ambiguous short word: counts only at the end of the name (before neutral words like "number"). */
        WEAK,
        /** Counts alone or after person words only: {@code age}, {@code patientAge}, not {@code maxAge}. */
        BARE,
        /** Generic noun: counts only right after a person word (or a location cue). */
        CUED
    }

    private record Term(Meaning meaning, Reach reach) {
    }

    private static final Map<String, Term> TERMS = new HashMap<>();
    /** Entries whose accented spelling differs in meaning from the folded one ("lön" salary vs "lon"). */
    private static final Map<String, Term> EXACT = new HashMap<>();

    private static void add(Meaning meaning, Reach reach, String... words) {
        for (String w : words) {
            TERMS.put(fold(w), new Term(meaning, reach));
        }
    }

    private static void strong(Meaning meaning, String... words) {
        add(meaning, Reach.STRONG, words);
    }

    private static void weak(Meaning meaning, String... words) {
        add(meaning, Reach.WEAK, words);
    }

    static {
        strong(Meaning.EMAIL, "email", "emailaddress", "emailaddr", "mailaddress", "mailaddr", "mailadress",
                "sähköposti", "sähköpostiosoite", "sposti", "spostiosoite", "epost", "epostadress", "epostaddress",
                "mejl", "mejladress", "emailosoite");
        weak(Meaning.EMAIL, "mail");

        strong(Meaning.PHONE, "phone", "phonenumber", "phoneno", "phonenr", "telephone", "telephonenumber",
                "telephoneno", "telno", "telnr", "telnumber", "mobilephone", "mobilenumber", "mobileno",
                "mobilenr", "cellphone", "cellnumber", "cellphonenumber", "msisdn", "contactnumber", "contactno",
                "puhelin", "puhelinnumero", "puhelinnro", "puhnro", "puhnumero", "matkapuhelin",
                "matkapuhelinnumero", "kännykkä", "kännykkänumero", "gsmnumero", "telefon", "telefonnummer",
                "telefonnr", "mobilnummer", "mobilnr", "mobiltelefon", "mobiltelefonnummer", "landline",
                "lankapuhelin");
        weak(Meaning.PHONE, "tel", "puh", "gsm", "mobile", "mobil", "tfn", "cell");

        strong(Meaning.IDENTITY_CODE, "hetu", "henkilötunnus", "henkilotunnus", "sotu", "sosiaaliturvatunnus",
                "ssn", "socialsecurity", "socialsecuritynumber", "socialsecurityno", "socialsecuritynr",
                "personnummer", "personnr", "personbeteckning", "samordningsnummer", "personnumber",
                "nationalid", "nationalidentifier", "nationalidnumber", "nationalidentitynumber",
                "nationalidentificationnumber", "personalidentitycode", "personalidentitynumber",
                "personalidcode", "personalidentificationnumber", "identitycode", "idnumber", "idnr");

        strong(Meaning.NAME, "firstname", "lastname", "surname", "givenname", "familyname", "fullname",
                "middlename", "maidenname", "birthname", "nickname", "forename", "realname", "etunimi",
                "etunimet", "sukunimi", "kutsumanimi", "kokonimi", "förnamn", "efternamn", "tilltalsnamn",
                "mellannamn", "flicknamn", "smeknamn");
        add(Meaning.NAME, Reach.CUED, "name", "nimi", "nimet", "namn");

        strong(Meaning.ADDRESS, "address", "addr", "streetaddress", "street", "streetname", "housenumber",
                "homeaddress", "postaladdress", "postaddress", "mailingaddress", "billingaddress",
                "shippingaddress", "deliveryaddress", "residentialaddress", "residenceaddress",
                "permanentaddress", "addressline", "osoite", "osoitteet", "katuosoite", "lähiosoite", "kotiosoite",
                "postiosoite", "laskutusosoite", "toimitusosoite", "asuinosoite", "katu", "adress", "gatuadress",
                "postadress", "hemadress", "leveransadress", "faktureringsadress", "bostadsadress",
                "utdelningsadress", "postitoimipaikka", "postort");

        strong(Meaning.HOME_MUNICIPALITY, "kotikunta", "asuinkunta", "hemkommun", "hometown",
                "folkbokföringsort");

        strong(Meaning.POSTAL_CODE, "postalcode", "postcode", "zipcode", "postinumero", "postinro", "postnummer",
                "postnr");
        weak(Meaning.POSTAL_CODE, "zip");

        strong(Meaning.BIRTH_DATE, "birthdate", "dateofbirth", "birthday", "birthyear", "yearofbirth",
                "syntymäaika", "syntymäpäivä", "syntymäpvm", "syntymävuosi", "födelsedatum", "födelsedag",
                "födelseår");
        weak(Meaning.BIRTH_DATE, "dob", "född");

        strong(Meaning.BIRTH_PLACE, "birthplace", "placeofbirth", "syntymäpaikka", "födelseort", "countryofbirth",
                "birthcountry", "syntymämaa", "födelseland");

        add(Meaning.AGE, Reach.BARE, "age", "ikä", "ålder");

        strong(Meaning.IP_ADDRESS, "ipaddress", "ipaddr", "ipv4", "ipv6", "ipv4address", "ipv6address",
                "ipnumber", "remoteaddr", "remoteaddress", "remoteip", "xforwardedfor", "forwardedfor",
                "iposoite", "ipadress", "originip");
        weak(Meaning.IP_ADDRESS, "ip", "ips");

        strong(Meaning.BANK_ACCOUNT, "iban", "bankaccount", "bankaccountnumber", "bankaccountno", "accountnumber",
                "accountno", "tilinumero", "tilinro", "pankkitili", "pankkitilinumero", "kontonummer", "kontonr",
                "bankkonto", "bankkontonummer");

        strong(Meaning.PAYMENT_CARD, "creditcard", "creditcardnumber", "cardnumber", "cardno", "kortnummer",
                "kortnr", "korttinumero", "luottokortti", "luottokorttinumero", "kreditkort", "kreditkortsnummer");

        strong(Meaning.GENDER, "gender", "sukupuoli", "genderidentity");
        add(Meaning.GENDER, Reach.BARE, "sex", "kön");

        strong(Meaning.SPECIAL_CATEGORY, "ethnicity", "ethnicorigin", "religion", "religiousbelief", "uskonto",
                "uskontokunta", "trossamfund", "sexualorientation", "tradeunion", "tradeunionmember",
                "tradeunionmembership", "ammattiliitto", "fackförbund", "fackförening", "politicalopinion",
                "criminalrecord", "convictions", "rikosrekisteri", "rikostausta", "brottsregister", "biometric",
                "biometrics");

        strong(Meaning.NATIONALITY, "nationality", "citizenship", "kansalaisuus", "kansallisuus", "medborgarskap",
                "nationalitet");

        strong(Meaning.IDENTITY_DOCUMENT, "passport", "passportnumber", "passportno", "passi", "passinumero",
                "passnummer", "driverslicense", "driverslicence", "driverlicense", "driverlicence",
                "drivinglicense", "drivinglicence", "ajokortti", "ajokorttinumero", "körkort", "körkortsnummer",
                "idcard", "idcardnumber", "identitycard", "identitycardnumber", "henkilökortti", "idkort",
                "identitetskort", "residencepermit", "oleskelulupa", "uppehållstillstånd");

        strong(Meaning.LOCATION, "geolocation", "gps", "gpslocation", "gpsposition", "geoposition", "geopoint",
                "lastknownlocation", "lastlocation", "currentlocation", "lastposition", "currentposition");
        weak(Meaning.LOCATION, "geo");
        add(Meaning.LOCATION, Reach.CUED, "location", "sijainti", "position", "plats", "latitude", "longitude",
                "lat", "lon", "lng", "latlng", "latlon", "coordinates", "coordinate", "coords", "koordinaatit",
                "koordinaatti", "koordinater");

        strong(Meaning.DEVICE_IDENTIFIER, "deviceid", "deviceidentifier", "deviceuuid", "imei", "imsi", "iccid",
                "macaddress", "macaddr", "macadress", "devicemac", "clientmac", "stationmac", "advertisingid",
                "idfa", "gaid", "cookieid", "pushtoken", "devicetoken", "fcmtoken", "apnstoken",
                "apnsdevicetoken", "useragent", "laitetunniste", "laitetunnus", "enhetsid", "browserfingerprint",
                "devicefingerprint", "installationid");

        weak(Meaning.DEVICE_IDENTIFIER, "cookie");

        strong(Meaning.USERNAME, "username", "loginname", "loginid", "userlogin", "screenname", "käyttäjätunnus",
                "käyttäjänimi", "användarnamn", "samaccountname", "userprincipalname");
        weak(Meaning.USERNAME, "login");

        strong(Meaning.CREDENTIAL, "password", "passwordhash", "passwd", "passphrase", "salasana",
                "salasanatiiviste", "lösenord", "pincode", "pinkoodi", "pinkod");
        weak(Meaning.CREDENTIAL, "pwd");
        add(Meaning.CREDENTIAL, Reach.BARE, "pin");

        strong(Meaning.HEALTH, "diagnosis", "diagnoses", "diagnosiscode", "diagnoosi", "diagnoosit",
                "diagnoosikoodi", "diagnos", "diagnoser", "icd10", "icd10code", "icd10koodi", "icd", "icdcode",
                "icdkoodi", "symptom", "symptoms", "oire", "oireet", "oirekuvaus", "medication", "medications",
                "lääkitys", "läkemedel", "medicinering", "allergy", "allergies", "allergia", "allergiat", "allergi",
                "allergier", "bloodtype", "bloodgroup", "veriryhmä", "blodgrupp", "blodtyp", "disease",
                "sairaus", "sairaudet", "sjukdom", "illness", "disability", "disabilities",
                "funktionsnedsättning", "pregnancy", "pregnant", "raskaus", "raskaana", "graviditet", "gravid",
                "smoker", "smoking", "tupakointi", "rökare", "rökning", "vaccination", "rokotus", "rokotukset",
                "labresult", "laboratoryresult", "laboratoriotulos", "anamnesis", "anamneesi", "esitiedot",
                "heartrate", "bloodpressure", "verenpaine", "blodtryck", "bloodglucose", "bloodsugar",
                "verensokeri", "blodsocker", "bmi", "mentalhealth", "psychiatric", "mielenterveys", "hiv",
                "healthcondition", "medicalhistory", "medicalcondition", "sairaushistoria", "terveydentila",
                "hälsotillstånd", "prescription", "dosage", "annostus", "dosering", "käynninsyy", "hakeutumissyy",
                "reasonforvisit", "visitreason", "chiefcomplaint", "sökorsak", "kontaktorsak", "epikriisi",
                "hoitosuunnitelma", "hoitokertomus", "careplan", "treatmentplan", "dischargesummary", "vårdplan",
                "epikris");
        weak(Meaning.HEALTH, "syke", "pulse");

        strong(Meaning.PAY, "salary", "basesalary", "monthlysalary", "annualsalary", "yearlysalary", "grosssalary",
                "netsalary", "hourlywage", "wage", "grosspay", "netpay", "palkka", "kuukausipalkka", "tuntipalkka",
                "peruspalkka", "bruttopalkka", "nettopalkka", "palkkaus", "månadslön", "timlön", "grundlön",
                "bruttolön", "nettolön", "årslön", "annualincome", "monthlyincome", "householdincome",
                "vuositulot", "kuukausitulot", "årsinkomst", "månadsinkomst", "veroprosentti");
        EXACT.put("lön", new Term(Meaning.PAY, Reach.STRONG));
        EXACT.put("löner", new Term(Meaning.PAY, Reach.STRONG));

        strong(Meaning.SIGNATURE, "signature", "signatureimage", "allekirjoitus", "underskrift", "namnteckning");

        strong(Meaning.PHOTO, "photo", "photograph", "foto", "avatar", "valokuva", "profiilikuva", "kasvokuva",
                "passikuva", "profilbild", "profilepicture", "profilepic", "profileimage", "profilephoto",
                "passportphoto", "selfie", "headshot", "facephoto", "faceimage");
        add(Meaning.PHOTO, Reach.CUED, "image", "picture", "pic", "kuva", "bild");

        strong(Meaning.PERSON_NUMBER, "anställningsnummer", "insurancenumber", "vakuutusnumero", "policynumber",
                "försäkringsnummer", "membershipnumber", "loyaltynumber", "kantaasiakasnumero",
                "henkilöstönumero", "personnelnumber", "personalnumber", "frequentflyernumber");
        add(Meaning.PERSON_NUMBER, Reach.CUED, "number", "no", "nr", "nro", "numero", "nummer", "num", "tunnus");

        strong(Meaning.MOTHER_TONGUE, "äidinkieli", "modersmål", "mothertongue", "nativelanguage");
        strong(Meaning.MARITAL_STATUS, "maritalstatus", "siviilisääty", "civilstånd");
        strong(Meaning.SAFETY_MARKING, "turvakielto", "skyddadidentitet", "sekretessmarkering",
                "skyddadfolkbokföring");

        strong(Meaning.MESSAGE, "messagetext", "messagebody", "messagecontent", "chatmessage", "giftmessage",
                "personalmessage", "privatemessage", "viestiteksti", "meddelandetext", "freetext", "vapaateksti",
                "fritext", "reviewtext", "reviewbody", "feedbacktext", "palauteteksti");
        add(Meaning.MESSAGE, Reach.CUED, "message", "viesti", "meddelande", "comment", "kommentti", "feedback",
                "palaute", "note", "notes", "muistiinpano", "muistiinpanot", "huomautus", "anteckning",
                "anteckningar");
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(fold(w));
        }
        return Set.copyOf(out);
    }

    /** People whose name, number or message a generic noun after them denotes; they also win over THINGS. */
    private static final Set<String> PERSON = folded(
            "customer", "client", "patient", "user", "member", "person", "people", "contact", "guardian", "parent",
            "mother", "father", "child", "spouse", "relative", "kin", "nextofkin", "employee", "staff", "worker",
            "owner", "sender", "recipient", "receiver", "author", "holder", "cardholder", "accountholder", "driver",
            "drivers", "student", "pupil", "applicant", "beneficiary", "signer", "signatory", "reporter",
            "assignee", "requester", "requestor", "caregiver", "nurse", "doctor", "physician", "practitioner",
            "clinician", "therapist", "dentist", "midwife", "manager", "supervisor", "teacher", "guest", "visitor",
            "passenger", "buyer", "payer", "subscriber", "insured", "policyholder", "claimant", "witness", "victim",
            "suspect", "citizen", "resident", "candidate", "attendee", "participant", "respondent", "volunteer",
            "donor", "consignee", "addressee", "debtor", "borrower", "heir", "representative", "emergency",
            "asiakas", "asiakkaan", "potilas", "potilaan", "henkilö", "henkilön", "käyttäjä", "käyttäjän", "jäsen",
            "jäsenen", "huoltaja", "huoltajan", "vanhemman", "äiti", "äidin", "isä", "isän", "lapsi", "lapsen",
            "puoliso", "puolison", "omainen", "omaisen", "läheinen", "läheisen", "työntekijä", "työntekijän",
            "omistaja", "omistajan", "lähettäjä", "lähettäjän", "vastaanottaja", "vastaanottajan", "kirjoittaja",
            "kirjoittajan", "laatija", "laatijan", "hakija", "hakijan", "allekirjoittaja", "allekirjoittajan",
            "kuljettaja", "kuljettajan", "opiskelija", "opiskelijan", "oppilas", "oppilaan", "lääkäri",
            "lääkärin", "hoitaja", "hoitajan", "terapeutti", "terapeutin", "käsittelijä", "käsittelijän",
            "esittelijä", "yhteyshenkilö", "yhteyshenkilön", "edunvalvoja", "edunvalvojan", "asukas", "asukkaan",
            "vuokralainen", "ostaja", "ostajan", "tilaaja", "tilaajan", "matkustaja", "matkustajan", "osallistuja",
            "osallistujan", "ilmoittaja", "ilmoittajan", "kund", "kunden", "kundens", "patienten", "patientens",
            "personens", "användare", "användarens", "medlem", "medlems", "medlemmens", "vårdnadshavare",
            "vårdnadshavarens", "förälder", "målsman", "barnets", "anhörig", "anhörigs", "anställd", "anställds",
            "ägare", "ägarens", "avsändare", "avsändarens", "mottagare", "mottagarens", "författare", "sökande",
            "sökandens", "elev", "elevens", "läkare", "läkarens", "sjuksköterska", "handläggare", "handläggarens",
            "kontaktperson", "kontaktpersonens", "förare", "resenär", "gäst", "deltagare", "innehavare",
            "kortinnehavare");

    /** Person nouns that, ending a text field, hold that person's name or login. */
    private static final Set<String> PERSON_ALONE = folded(
            "customer", "patient", "employee", "sender", "recipient", "author", "assignee", "reporter", "requester",
            "requestor", "applicant", "guardian", "nurse", "doctor", "physician", "user", "contact", "person",
            "signer", "contactperson", "asiakas", "potilas", "lääkäri", "hoitaja", "käsittelijä", "lähettäjä",
            "vastaanottaja", "laatija", "hakija", "huoltaja", "työntekijä", "käyttäjä", "yhteyshenkilö",
            "kirjoittaja", "tilaaja", "ilmoittaja", "luoja", "muokkaaja", "hyväksyjä", "päättäjä", "kirjaaja",
            "tallentaja", "esittelijä", "kund", "användare", "handläggare", "avsändare", "mottagare", "läkare",
            "sökande", "kontaktperson", "författare", "vårdnadshavare");

    /** Words that, owning a personal word, make it about a machine, a service or an organisation. */
    private static final Set<String> THINGS = folded(
            "company", "corporate", "corporation", "business", "organisation", "organization", "org",
            "organisaatio", "yritys", "yrityksen", "firma", "firman", "företag", "företags", "företagets",
            "enterprise", "vendor", "supplier", "merchant", "manufacturer", "valmistaja", "leverantör", "store",
            "shop", "kauppa", "myymälä", "butik", "warehouse", "varasto", "lager", "office", "toimisto", "kontor",
            "branch", "sivuliike", "filial", "site", "plant", "factory", "tehdas", "depot", "facility", "building",
            "rakennus", "venue", "clinic", "klinikka", "hospital", "sairaala", "sjukhus", "pharmacy", "apteekki",
            "apotek", "school", "koulu", "skola", "university", "yliopisto", "employer", "työnantaja",
            "työnantajan", "arbetsgivare", "arbetsgivarens", "insurer", "bank", "pankki", "pankin", "agency",
            "authority", "viranomainen", "myndighet", "service", "palvelu", "palvelun", "tjänst", "support",
            "tuki", "helpdesk", "info", "noreply", "donotreply", "asiakaspalvelu", "kundtjänst", "sales", "myynti",
            "system", "järjestelmä", "technical", "tekninen", "bot", "robot", "integration", "api", "app",
            "application", "sovellus", "server", "palvelin", "host", "hostname", "gateway", "proxy", "smtp",
            "imap", "pop", "pop3", "dns", "ftp", "sftp", "ldap", "mqtt", "broker", "endpoint", "webhook",
            "callback", "redirect", "web", "website", "homepage", "kotisivu", "verkko", "webb", "www", "url",
            "uri", "link", "linkki", "network", "net", "subnet", "lan", "wan", "vpn", "router", "switch",
            "firewall", "node", "cluster", "local", "localhost", "loopback", "bind", "listen", "multicast",
            "broadcast", "public", "internal", "external", "static", "management", "mgmt", "nat", "vpc", "memory",
            "mem", "register", "base", "offset", "pointer", "ptr", "allowed", "allow", "allowlist", "whitelist",
            "whitelisted", "blacklist", "blocklist", "trusted", "range", "cidr", "default", "fallback", "example",
            "sample", "placeholder", "dummy", "test", "mock", "db", "database", "tietokanta", "keystore",
            "truststore", "root", "product", "tuote", "produkt", "tuotteen", "category", "kategoria", "catalog",
            "template", "mall", "pohja", "event", "tapahtuma", "gift", "voucher", "coupon", "lahjakortti", "ledger",
            "gl", "bookkeeping", "kirjanpito", "kirjanpidon", "bokföring", "chart", "cost", "expense", "revenue",
            "jwt", "hmac", "request", "response", "payload", "certificate", "cert", "package", "method",
            "function", "code", "file", "tiedosto", "return", "reply", "replyto", "bounce", "error", "status",
            "log", "exception", "commit", "welcome", "validation", "alert", "warning", "debug", "queue", "kafka",
            "sensor", "anturi", "meter", "station", "lamp", "light", "max", "min", "maximum", "minimum", "cache",
            "limit", "vessel", "ship", "gateways");

    /** Words after a personal word that show the field describes the data rather than holding it. */
    private static final Set<String> METADATA = folded(
            "id", "ids", "key", "keys", "uuid", "guid", "ref", "refs", "template", "templates", "type", "types",
            "kind", "kinds", "format", "formats", "count", "counts", "counter", "counters", "cnt", "total",
            "enabled", "disabled", "enable", "disable", "verified", "verification", "verify", "confirmed",
            "confirmation", "validated", "validation", "valid", "invalid", "sent", "send", "sending", "at", "on",
            "time", "times", "timestamp", "date", "dates", "datetime", "when", "status", "state", "flag", "flags",
            "required", "mandatory", "optional", "visible", "visibility", "hidden", "editable", "readonly",
            "length", "len", "size", "max", "min", "maximum", "minimum", "limit", "limits", "policy", "policies",
            "setting", "settings", "config", "configuration", "provider", "providers", "domain", "domains",
            "pattern", "regex", "regexp", "mask", "label", "labels", "caption", "placeholder", "hint", "tooltip",
            "version", "versions", "mode", "modes", "channel", "channels", "preference", "preferences", "pref",
            "prefs", "opt", "optin", "optout", "consent", "consents", "permission", "permissions", "subscribed",
            "unsubscribed", "bounce", "bounced", "bounces", "error", "errors", "attempt", "attempts", "retry",
            "retries", "failure", "failures", "failed", "success", "succeeded", "locked", "expiry", "expires",
            "expiration", "expired", "ttl", "lifetime", "timeout", "interval", "frequency", "schedule", "period",
            "kausi", "jakso", "range", "start", "end", "begin", "column", "field", "property", "attribute", "rule",
            "rules", "filter", "index", "idx", "order", "sort", "source", "algorithm", "alg", "method", "scheme",
            "system", "standard", "code", "codes", "country", "locale", "accuracy", "precision", "resolution",
            "discount", "server", "host", "hostname", "port", "endpoint", "api", "service", "gateway", "proxy",
            "category", "group", "score", "rank", "weight", "priority", "whitelist", "allowlist", "blacklist",
            "blocklist", "cidr", "subnet", "netmask", "lookup", "cache", "token", "tokens", "otp", "strategy",
            "generator", "sequence", "seq", "checked", "check", "model", "brand", "make", "manufacturer", "os",
            "platform", "vendor", "app", "prefix", "suffix", "changed", "updated", "modified", "created", "added",
            "edited", "deleted", "removed", "tunniste", "tyyppi", "typ", "laji", "muoto", "määrä", "lkm", "antal",
            "tila", "pvm", "päivä", "päivämäärä", "aika", "datum", "tid", "tidpunkt", "luotu", "skapad", "skapat",
            "päivitetty", "muokattu", "uppdaterad", "ändrad", "lähetetty", "skickad", "skickat", "vahvistettu",
            "vahvistus", "verifioitu", "bekräftad", "pohja", "mall", "asetus", "asetukset", "inställning",
            "inställningar", "käytössä", "sallittu", "pakollinen", "obligatorisk", "versio", "koodi", "kod", "maa",
            "land", "lupa", "suostumus", "samtycke", "subject", "body", "html", "header", "footer", "heading",
            "title", "color", "colour", "width", "height", "icon", "style", "theme", "font", "preview", "snippet",
            "family", "browser", "major", "minor", "aihe", "otsikko", "ämne", "rubrik");

    /** Words that do not turn health or special-category words into metadata: a vaccination status is health data. */
    private static final Set<String> SENSITIVE_TAIL = folded(
            "status", "state", "result", "results", "level", "value", "grade", "severity", "flag", "tila", "tulos",
            "arvo", "taso");

    /** Words that may follow even an ambiguous personal word without changing what it holds. */
    private static final Set<String> NEUTRAL = folded(
            "number", "numbers", "no", "nr", "nro", "num", "numero", "nummer", "value", "values", "arvo", "list",
            "lista", "raw", "normalized", "normalised", "canonical", "encrypted", "enc", "crypted", "hashed",
            "hash", "digest", "plain", "plaintext", "cleartext", "masked", "lower", "lowercase", "upper",
            "original", "primary", "secondary", "alt", "alternative", "other", "home", "work", "private",
            "personal", "main", "e", "years", "vuotta", "år", "koti", "työ", "hem", "arbete", "privat");

    /** Words that may follow a message noun: "customerMessageText". */
    private static final Set<String> MESSAGE_TAIL = folded("text", "body", "content", "teksti", "sisältö", "text",
            "innehåll");

    /** Words skipped between a person word and the generic noun it qualifies ({@code userDisplayName}). */
    private static final Set<String> MODIFIERS = folded(
            "display", "full", "real", "legal", "preferred", "official", "short", "middle", "first", "last",
            "given", "known", "current", "primary", "secondary", "main", "own", "oma", "koko", "virallinen",
            "private", "personal", "home", "work", "birth");

    /** Words that make a latitude or location about a person or their device. */
    private static final Set<String> LOCATION_CUES;

    static {
        Set<String> cues = new HashSet<>(PERSON);
        cues.addAll(folded("current", "last", "live", "tracked", "tracking", "realtime", "device", "phone",
                "mobile", "home", "my", "gps", "geo", "kotisijainti"));
        LOCATION_CUES = Set.copyOf(cues);
    }

    private static final Set<String> ACTOR_VERBS = folded(
            "created", "updated", "modified", "changed", "edited", "deleted", "removed", "approved", "rejected",
            "reviewed", "signed", "handled", "processed", "submitted", "requested", "booked", "cancelled",
            "canceled", "closed", "opened", "assigned", "authored", "written", "entered", "registered",
            "recorded", "inserted", "archived", "published", "accepted", "confirmed", "verified", "checked",
            "prescribed", "referred", "ordered", "issued", "decided", "resolved", "uploaded", "sent", "invited",
            "added", "granted", "revoked", "reported", "initiated", "performed", "administered", "examined",
            "treated", "diagnosed", "owned", "managed", "skapad", "ändrad", "uppdaterad", "godkänd", "registrerad",
            "handlagd", "beslutad");

    private static final Set<String> BY = Set.of("by", "av");

    private static final Set<String> SHORT_PIECES = Set.of("ip", "id", "no", "nr", "of");

    /** Heads recognised at the end of an otherwise unknown glued word ("bruttopalkka", "lankapuhelin"). */
    private static final List<String> COMPOUND_HEADS = List.of(
            "sahkopostiosoite", "puhelinnumero", "sahkoposti", "osoitteet", "osoite", "puhelin", "palkka",
            "adresser", "adress");

    /** Every word the compound splitter may cut a glued word into. */
    private static final Set<String> VOCABULARY;

    static {
        Set<String> v = new HashSet<>(TERMS.keySet());
        v.addAll(PERSON);
        v.addAll(PERSON_ALONE);
        v.addAll(THINGS);
        v.addAll(METADATA);
        v.addAll(NEUTRAL);
        v.addAll(MODIFIERS);
        v.addAll(ACTOR_VERBS);
        v.addAll(folded("koti", "home", "work", "tyo", "billing", "laskutus", "toimitus", "delivery", "shipping",
                "postal", "posti", "lahi", "katu", "brutto", "netto", "kuukausi", "tunti", "perus", "vuosi",
                "manads", "tim", "grund", "ars", "hem", "arbets", "privat", "leverans", "fakturerings", "bostads",
                "utdelnings", "gatu", "yhteys", "matka", "lanka", "passi", "ajo", "sahko", "syntyma", "fodelse",
                "kanta", "client", "remote", "signup", "login", "last", "first"));
        VOCABULARY = Set.copyOf(v);
    }
}
