package fi.seloste.core.model;

import fi.seloste.SourceKind;
import fi.seloste.Sources;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source of one register's data with who it is and which fields it gives, so that a notice can say per source what
 * data come from it (Art. 14(1)(d), 14(2)(f)) and follow Art. 14 only when a third party is among them.
 *
 * @param key the vocabulary key, or the free text itself
 * @param freeText whether it is a free text (single-language mode)
 * @param texts the source's name by language
 * @param kind who the source is
 * @param fields the register's fields that come from it, in field order
 */
public record DeclaredSource(String key, boolean freeText, Map<String, String> texts, SourceKind kind,
        List<PersonalField> fields) {

    public DeclaredSource {
        texts = Map.copyOf(texts);
        fields = List.copyOf(fields);
    }

    /** The keys of seloste's built-in sources ({@code fi.seloste.Sources}), which every index may use. */
    private static final Set<String> BUILT_IN = builtInKeys();

    /**
     * The sources of a register. A field of a catalogue index names vocabulary keys. A field of a free-text index
     * names free texts, or keys its own index declares (or built-in ones): a key only another index declares never
     * turns its text into something else, so no dependency can rewrite where the application says its data come from.
     *
     * @param activity the register
     * @param catalogue the merged declarations
     * @param problems where a source that does not say who it is, and an unknown key, are reported
     * @return the sources in the order the register's fields name them; those with a problem are left out
     */
    public static List<DeclaredSource> of(ProcessingActivity activity, Catalogue catalogue, Problems problems) {
        Map<List<Object>, List<PersonalField>> byKey = new LinkedHashMap<>();
        for (PersonalField f : activity.fields()) {
            boolean freeTextField = catalogue.freeTextIndex(f.origin());
            for (String key : f.sources()) {
                Term term = catalogue.terms(Vocabulary.SOURCES).get(key);
                boolean resolved = term != null
                        && (!freeTextField || catalogue.declares(f.origin(), Vocabulary.SOURCES, key) || BUILT_IN.contains(key));
                if (!resolved && !freeTextField) {
                    problems.report(Diagnostic.UNKNOWN_KEY, "source", key);
                    continue;
                }
                byKey.computeIfAbsent(List.of(key, resolved), k -> new ArrayList<>()).add(f);
            }
        }
        List<DeclaredSource> sources = new ArrayList<>();
        for (Map.Entry<List<Object>, List<PersonalField>> e : byKey.entrySet()) {
            String key = (String) e.getKey().get(0);
            if ((Boolean) e.getKey().get(1)) {
                Term term = catalogue.terms(Vocabulary.SOURCES).get(key);
                if (term.sourceKind() == null) {
                    problems.report(Diagnostic.SOURCE_KIND_UNDECLARED, key, term.whereDeclared());
                    continue;
                }
                sources.add(new DeclaredSource(key, false, term.texts(), term.sourceKind(), e.getValue()));
                continue;
            }
            SourceKind kind = null;
            for (PersonalField f : e.getValue()) {
                if (f.sourceKind() == null) {
                    problems.report(Diagnostic.SOURCE_KIND_UNDECLARED, key, f.className() + "." + f.field()
                            + (f.origin() == null ? "" : " in " + f.origin()));
                    kind = null;
                    break;
                }
                // the same text written with two kinds: a third party wins, as the notice then says more, not less
                kind = kind == SourceKind.THIRD_PARTY || kind == null ? (kind == null ? f.sourceKind() : kind)
                        : f.sourceKind() == SourceKind.THIRD_PARTY ? SourceKind.THIRD_PARTY : kind;
            }
            if (kind != null) {
                sources.add(new DeclaredSource(key, true, Map.of("fi", key), kind, e.getValue()));
            }
        }
        return sources;
    }

    private static Set<String> builtInKeys() {
        Set<String> keys = new HashSet<>();
        for (Field constant : Sources.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                try {
                    keys.add((String) constant.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e); // public constants of seloste-annotations
                }
            }
        }
        return Set.copyOf(keys);
    }
}
