package fi.seloste.core.model;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts of every index gathered for one run (the module, its dependencies, the reactor) merged into
 * one catalogue: each purpose, term and register once, conflicts reported with both origins.
 *
 * <p>No index can take away or replace what another says: a class indexed by two artifacts is a conflict, and the
 * only entries left out are a mapped superclass's or embeddable's own, when an entity's copy (same field, same
 * facts) states them instead, from the same index or where the bytecode shows the class is one
 * ({@code sharedTypes}).
 */
public final class Catalogue {

    private final Map<String, Purpose> purposes = new TreeMap<>();
    private final Map<Vocabulary, Map<String, Term>> terms = new EnumMap<>(Vocabulary.class);
    private final Map<String, Register> registers = new TreeMap<>();
    private final List<PersonalField> fields = new ArrayList<>();
    private final List<Undeclared> undeclared = new ArrayList<>();
    private final Set<TermKey> declaredBy = new HashSet<>();
    private final Set<String> freeTextOrigins = new HashSet<>();
    private boolean freeText;

    private Catalogue() {
        for (Vocabulary v : Vocabulary.values()) {
            terms.put(v, new TreeMap<>());
        }
    }

    /**
     * @param indexes the indexes, in a stable order (the module first, then dependencies sorted)
     * @param problems where conflicts are added
     * @return the merged catalogue
     */
    public static Catalogue merge(Collection<Index> indexes, Problems problems) {
        return merge(indexes, Map.of(), problems);
    }

    /**
     * @param indexes the indexes, in a stable order (the module first, then dependencies sorted)
     * @param sharedTypes by origin, the classes whose bytecode marks them as a mapped superclass or embeddable, which
     *     an entity of another index may reach; {@code Map.of()} when no index reaches into another
     * @param problems where conflicts are added
     * @return the merged catalogue
     */
    public static Catalogue merge(Collection<Index> indexes, Map<String, Set<String>> sharedTypes, Problems problems) {
        Catalogue c = new Catalogue();
        Map<FieldKey, PersonalField> byKey = new LinkedHashMap<>();
        Map<String, String> classOrigins = new HashMap<>();
        for (Index index : indexes) {
            if (!index.fields().isEmpty() && !index.catalogueMode()) {
                c.freeText = true;
                c.freeTextOrigins.add(String.valueOf(index.origin()));
            }
            for (Term t : index.terms()) {
                c.declaredBy.add(new TermKey(String.valueOf(index.origin()), t.vocabulary(), t.key()));
            }
            for (Purpose p : index.purposes()) {
                Purpose earlier = c.purposes.putIfAbsent(p.key(), p);
                if (earlier != null && !earlier.sameContent(p)) {
                    problems.report(Diagnostic.CONFLICTING_DEFINITION.problem("purpose", p.key(), earlier.whereDeclared(), p.whereDeclared()));
                }
            }
            for (Term t : index.terms()) {
                Term earlier = c.terms.get(t.vocabulary()).putIfAbsent(t.key(), t);
                if (earlier != null && !earlier.sameContent(t)) {
                    problems.report(Diagnostic.CONFLICTING_DEFINITION.problem(t.vocabulary().indexName(), t.key(), earlier.whereDeclared(), t.whereDeclared()));
                }
            }
            for (Register r : index.registers()) {
                Register earlier = c.registers.putIfAbsent(r.id(), r);
                if (earlier != null && !sameRegister(earlier, r)) {
                    problems.report(Diagnostic.CONFLICTING_DEFINITION.problem("register", r.id(), earlier.whereDeclared(), r.whereDeclared()));
                }
            }
            for (PersonalField f : index.fields()) {
                String first = classOrigins.putIfAbsent(f.className(), String.valueOf(f.origin()));
                if (first != null && !first.equals(String.valueOf(f.origin()))) {
                    // one class, two artifacts: the first one's entries stand, none of the second's is merged
                    problems.report(Diagnostic.DUPLICATE_CLASS.problem(f.className(), first, f.origin()));
                    continue;
                }
                byKey.putIfAbsent(new FieldKey(f.className(), f.field()), f);
            }
            c.undeclared.addAll(index.undeclared());
        }
        Set<FieldKey> shown = shownThroughEntities(byKey, sharedTypes);
        byKey.forEach((key, f) -> {
            if (!shown.contains(key)) {
                c.fields.add(f);
            }
        });
        c.fields.sort(Comparator.comparing(PersonalField::className).thenComparing(PersonalField::field));
        c.undeclared.sort(Comparator.comparing(Undeclared::className).thenComparing(Undeclared::field));
        return c;
    }

    /** A field's identity across indexes, without building a string per field. */
    private record FieldKey(String className, String field) {}

    /** A vocabulary entry as one index declares it. */
    private record TermKey(String origin, Vocabulary vocabulary, String key) {}

    /**
     * A mapped superclass's or embeddable's own entries that an entity's copy states instead: {@code declaredIn} names
     * the class, the copy's field is the same field (or, embedded, a path ending in it), and all its facts are the
     * same. Across indexes only when the class's own bytecode marks it as a mapped superclass or embeddable, so no
     * index can make another module's entity lose or change a field.
     */
    private static Set<FieldKey> shownThroughEntities(Map<FieldKey, PersonalField> byKey,
            Map<String, Set<String>> sharedTypes) {
        Set<FieldKey> shown = new HashSet<>();
        for (PersonalField copy : byKey.values()) {
            if (copy.declaredIn() == null) {
                continue;
            }
            String path = copy.field();
            int dot = path.indexOf('.');
            for (String own : dot < 0 ? List.of(path) : List.of(path, path.substring(dot + 1))) {
                FieldKey key = new FieldKey(copy.declaredIn(), own);
                PersonalField original = byKey.get(key);
                if (original != null && original.declaredIn() == null && sameFacts(original, copy)
                        && (java.util.Objects.equals(original.origin(), copy.origin())
                        || sharedTypes.getOrDefault(String.valueOf(original.origin()), Set.of()).contains(original.className()))) {
                    shown.add(key);
                }
            }
        }
        return shown;
    }

    /** Whether an entity's copy says what the original says: everything but where it is and where it was read. */
    private static boolean sameFacts(PersonalField a, PersonalField b) {
        return java.util.Objects.equals(a.javaType(), b.javaType()) && java.util.Objects.equals(a.register(), b.register())
                && a.labels().equals(b.labels()) && a.purposes().equals(b.purposes()) && a.sources().equals(b.sources())
                && a.categories().equals(b.categories()) && a.subjects().equals(b.subjects())
                && a.recipients().equals(b.recipients()) && java.util.Objects.equals(a.retention(), b.retention())
                && a.special() == b.special() && java.util.Objects.equals(a.specialCondition(), b.specialCondition())
                && java.util.Objects.equals(a.identityCodeGround(), b.identityCodeGround())
                && java.util.Objects.equals(a.lawfulness(), b.lawfulness()) && a.sourceKind() == b.sourceKind();
    }

    /**
     * @param origin where an index was read from
     * @param kind a vocabulary
     * @param key an entry's key
     * @return whether that index itself declares (or, for a built-in entry, carries) the entry
     */
    public boolean declares(String origin, Vocabulary kind, String key) {
        return declaredBy.contains(new TermKey(String.valueOf(origin), kind, key));
    }

    /**
     * @param origin where an index was read from
     * @return whether that index writes free-text purposes and sources (it has fields and no purpose catalogue)
     */
    public boolean freeTextIndex(String origin) {
        return freeTextOrigins.contains(String.valueOf(origin));
    }

    /** @return the declared purposes by key */
    public Map<String, Purpose> purposes() {
        return purposes;
    }

    /** @return one vocabulary's entries by key */
    public Map<String, Term> terms(Vocabulary kind) {
        return terms.get(kind);
    }

    /** @return the registers by id */
    public Map<String, Register> registers() {
        return registers;
    }

    /** @return every personal field, sorted by class and field */
    public List<PersonalField> fields() {
        return fields;
    }

    /** @return undeclared personal-looking fields recorded in warning mode */
    public List<Undeclared> undeclared() {
        return undeclared;
    }

    /** @return whether some module writes free-text purposes, which cannot be translated */
    public boolean freeText() {
        return freeText;
    }

    private static boolean sameRegister(Register a, Register b) {
        return a.names().equals(b.names()) && a.descriptions().equals(b.descriptions()) && a.subjects().equals(b.subjects())
                && a.purposes().equals(b.purposes()) && a.publicAuthority() == b.publicAuthority();
    }
}
