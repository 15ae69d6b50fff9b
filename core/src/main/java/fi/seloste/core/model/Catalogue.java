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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts of every index gathered for one run (the module, its dependencies, the reactor) merged into
 * one catalogue: each purpose, term and register once, conflicts reported with both origins.
 */
public final class Catalogue {

    private final Map<String, Purpose> purposes = new TreeMap<>();
    private final Map<Vocabulary, Map<String, Term>> terms = new EnumMap<>(Vocabulary.class);
    private final Map<String, Register> registers = new TreeMap<>();
    private final List<PersonalField> fields = new ArrayList<>();
    private final List<Undeclared> undeclared = new ArrayList<>();
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
        Catalogue c = new Catalogue();
        Map<FieldKey, PersonalField> byKey = new LinkedHashMap<>();
        for (Index index : indexes) {
            if (!index.fields().isEmpty() && !index.catalogueMode()) {
                c.freeText = true;
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
                PersonalField earlier = byKey.putIfAbsent(new FieldKey(f.className(), f.field()), f);
                if (earlier != null && !earlier.origin().equals(f.origin())) {
                    problems.report(Diagnostic.DUPLICATE_CLASS.problem(f.className(), earlier.origin(), f.origin()));
                }
            }
            c.undeclared.addAll(index.undeclared());
        }
        // a mapped superclass or embeddable that reached an entity is shown through the entity only
        Set<String> reached = new HashSet<>();
        byKey.values().forEach(f -> {
            if (f.declaredIn() != null) {
                reached.add(f.declaredIn());
            }
        });
        byKey.values().stream().filter(f -> !reached.contains(f.className())).forEach(c.fields::add);
        c.fields.sort(Comparator.comparing(PersonalField::className).thenComparing(PersonalField::field));
        c.undeclared.sort(Comparator.comparing(Undeclared::className).thenComparing(Undeclared::field));
        return c;
    }

    /** A field's identity across indexes, without building a string per field. */
    private record FieldKey(String className, String field) {}

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
