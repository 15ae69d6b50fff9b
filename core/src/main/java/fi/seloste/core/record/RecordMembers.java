package fi.seloste.core.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One JSON object of a record with the checks its members must pass, each failure an {@link Invalid} naming the
 * member, so the reader states every rule of the record's schema once and every message says which member is wrong.
 */
final class RecordMembers {

    /** A member breaks the record's schema; the message names it and what is wrong. */
    static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Map<String, Object> members;
    private final String path;

    private RecordMembers(Map<String, Object> members, String path) {
        this.members = members;
        this.path = path;
    }

    /**
     * @param value a value read by {@link JsonTree}
     * @param path where it is, for messages, such as {@code "controller"}; empty for the record itself
     * @return its members
     * @throws Invalid when it is not an object
     */
    @SuppressWarnings("unchecked")
    static RecordMembers of(Object value, String path) {
        if (!(value instanceof Map<?, ?>)) {
            throw new Invalid((path.isEmpty() ? "it" : "\"" + path + "\"") + " is not an object");
        }
        return new RecordMembers((Map<String, Object>) value, path);
    }

    /** @throws Invalid when the object has a member the schema does not allow */
    RecordMembers only(Set<String> allowed) {
        for (String name : members.keySet()) {
            if (!allowed.contains(name)) {
                throw new Invalid("unknown member \"" + where(name) + "\"");
            }
        }
        return this;
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    Object raw(String name) {
        return members.get(name);
    }

    private String where(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** @return the text, or {@code null} when absent and not required; a required one is not blank */
    String text(String name, boolean required) {
        Object value = members.get(name);
        if (value == null) {
            if (required) {
                throw new Invalid("\"" + where(name) + "\" is missing");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw new Invalid("\"" + where(name) + "\" is not text");
        }
        if (required && s.isBlank()) {
            throw new Invalid("\"" + where(name) + "\" is blank");
        }
        return whole(s, where(name));
    }

    /** @return the text, which matches the pattern, or {@code null} when absent and not required */
    String text(String name, boolean required, Pattern pattern) {
        String value = text(name, required);
        if (value != null && !pattern.matcher(value).matches()) {
            throw new Invalid("\"" + where(name) + "\" is '" + value + "', which does not match " + pattern.pattern());
        }
        return value;
    }

    boolean bool(String name, boolean required) {
        Object value = members.get(name);
        if (value == null && !required) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new Invalid("\"" + where(name) + "\" is " + (value == null ? "missing" : "not true or false"));
        }
        return b;
    }

    int integer(String name) {
        Object value = members.get(name);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof Integer i) || i < 0) {
            throw new Invalid("\"" + where(name) + "\" is not a whole number");
        }
        return i;
    }

    <E extends Enum<E>> E constant(Class<E> type, String name, boolean required) {
        String value = text(name, required);
        if (value == null) {
            return null;
        }
        try {
            E constant = Enum.valueOf(type, value);
            if (constant.name().equals("NONE")) {
                throw new IllegalArgumentException(); // written as an absent member, never as NONE
            }
            return constant;
        } catch (IllegalArgumentException e) {
            throw new Invalid("\"" + where(name) + "\" is '" + value + "', which is not one of its values");
        }
    }

    /** @return texts by language (two-letter codes, none empty); empty when absent and not required */
    Map<String, String> texts(String name, boolean required) {
        Object value = members.get(name);
        if (value == null && !required) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new Invalid("\"" + where(name) + "\" is " + (value == null ? "missing" : "not an object of texts by language"));
        }
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String language = (String) e.getKey();
            if (!LANGUAGE.matcher(language).matches() || !(e.getValue() instanceof String text) || text.isEmpty()) {
                throw new Invalid("\"" + where(name) + "\" has '" + language + "', which is not a language code with a text");
            }
            texts.put(language, whole(text, where(name) + "." + language));
        }
        return texts;
    }

    /** @return the array's items; empty when absent and not required */
    List<Object> array(String name, boolean required) {
        Object value = members.get(name);
        if (value == null && !required) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new Invalid("\"" + where(name) + "\" is " + (value == null ? "missing" : "not an array"));
        }
        return java.util.Collections.unmodifiableList(new ArrayList<Object>(list)); // nulls stay, and fail where read
    }

    /** @return the texts of an array; with {@code atLeastOne}, not empty */
    List<String> strings(String name, boolean required, boolean atLeastOne) {
        List<Object> items = array(name, required);
        if (atLeastOne && items.isEmpty()) {
            throw new Invalid("\"" + where(name) + "\" is empty");
        }
        List<String> texts = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new Invalid("\"" + where(name) + "\" holds a blank or non-text value");
            }
            texts.add(whole(text, where(name)));
        }
        return List.copyOf(texts);
    }

    /** @return the member as an object, or {@code null} when absent and not required */
    RecordMembers object(String name, boolean required) {
        Object value = members.get(name);
        if (value == null) {
            if (required) {
                throw new Invalid("\"" + where(name) + "\" is missing");
            }
            return null;
        }
        return of(value, where(name));
    }

    /** @return the text, when it holds no lone surrogate (which no UTF-8 output could write) */
    private static String whole(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Invalid("\"" + name + "\" holds half of a surrogate pair alone, which is not text");
            }
        }
        return text;
    }
}
