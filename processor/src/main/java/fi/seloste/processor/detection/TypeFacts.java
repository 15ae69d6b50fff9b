package fi.seloste.processor.detection;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the detector what a field's declared type can hold, so that an e-mail word on a {@code boolean} or a count
 * stays silent, and finds {@code InetAddress} types, which are IP addresses whatever the field is called.
 *
 * <p>It reads the type as {@code TypeMirror.toString()} prints it: containers, arrays, wildcards and type
 * annotations are looked through.
 */
final class TypeFacts {
    final Set<ValueKind> kinds;
    final String inetType;
    final String shown;

    private TypeFacts(Set<ValueKind> kinds, String inetType, String shown) {
        this.kinds = kinds;
        this.inetType = inetType;
        this.shown = shown;
    }

    static TypeFacts of(String type) {
        if (type == null || type.isBlank()) {
            return new TypeFacts(EnumSet.of(ValueKind.OTHER), null, "");
        }
        String t = withoutAnnotations(type).trim();
        EnumSet<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
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
                kinds.add(ValueKind.TEXT);
                continue;
            }
            ValueKind kind = array && BINARY_ARRAY_ELEMENTS.contains(id) ? ValueKind.BINARY
                    : array && (id.equals("char") || id.equals("java.lang.Character")) ? ValueKind.TEXT
                    : LEAF_KINDS.getOrDefault(id, ValueKind.OTHER);
            kinds.add(kind);
        }
        if (kinds.isEmpty()) {
            kinds.add(ValueKind.OTHER);
        }
        if (kinds.size() > 1) {
            kinds.remove(ValueKind.NONE);
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

    private static final Map<String, ValueKind> LEAF_KINDS = new HashMap<>();

    static {
        for (String t : List.of("boolean", "java.lang.Boolean", "java.util.concurrent.atomic.AtomicBoolean")) {
            LEAF_KINDS.put(t, ValueKind.BOOLEAN);
        }
        for (String t : List.of("byte", "short", "int", "long", "float", "double", "java.lang.Byte",
                "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
                "java.lang.Number", "java.math.BigDecimal", "java.math.BigInteger",
                "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
                "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble")) {
            LEAF_KINDS.put(t, ValueKind.NUMBER);
        }
        for (String t : List.of("java.lang.String", "java.lang.CharSequence", "char", "java.lang.Character",
                "java.lang.StringBuilder", "java.net.URI", "java.net.URL", "java.sql.Clob", "java.sql.NClob")) {
            LEAF_KINDS.put(t, ValueKind.TEXT);
        }
        for (String t : List.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                "java.time.Instant", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
                "java.time.Year", "java.time.YearMonth", "java.time.MonthDay", "java.time.Month",
                "java.time.DayOfWeek", "java.time.Duration", "java.time.Period", "java.util.Date", "java.sql.Date",
                "java.sql.Time", "java.sql.Timestamp", "java.util.Calendar", "java.util.GregorianCalendar",
                // Joda-Time, the date library of code written before java.time (Kill Bill): dates as java.time's are
                "org.joda.time.DateTime", "org.joda.time.LocalDate", "org.joda.time.LocalDateTime",
                "org.joda.time.LocalTime", "org.joda.time.Instant", "org.joda.time.DateMidnight",
                "org.joda.time.MutableDateTime", "org.joda.time.YearMonth", "org.joda.time.MonthDay")) {
            LEAF_KINDS.put(t, ValueKind.TEMPORAL);
        }
        for (String t : List.of("java.sql.Blob", "java.nio.ByteBuffer", "java.io.InputStream")) {
            LEAF_KINDS.put(t, ValueKind.BINARY);
        }
        for (String t : List.of("java.util.regex.Pattern", "java.lang.Class", "java.util.Locale",
                "java.time.ZoneId", "java.time.ZoneOffset", "java.util.TimeZone", "java.util.Currency",
                "java.nio.charset.Charset", "java.lang.Void", "void")) {
            LEAF_KINDS.put(t, ValueKind.NONE);
        }
    }
}
