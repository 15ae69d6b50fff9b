package fi.seloste.core.record;

import fi.seloste.Practice;
import fi.seloste.RecipientKind;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.core.record.PublishedRecord.Named;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Vocabulary;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns several applications' published records into the indexes the core already knows how to document, so an
 * organisation record gets the same checks, rules and notices as one build: each purpose, vocabulary entry, register
 * and field once, with the application it came from as its origin. Two applications that declare the same key or the
 * same field differently are a conflict (SELOSTE-M715) naming both; the same declaration published twice (a shared
 * library in two applications) is taken once.
 */
public final class RecordMerge {

    /** Components that say where a declaration was found, not what it says. */
    private static final Set<String> PLACE = Set.of("origin", "declaredIn", "sourceFile", "line");

    private RecordMerge() {}

    /**
     * The records as indexes.
     *
     * @param indexes one index per record, in the records' order, each holding what that record declared first
     * @param defaultRegisterName the name the records give the register of fields that name none, when they agree on
     *     one, else {@code null}
     */
    public record Merged(List<Index> indexes, String defaultRegisterName) {}

    /** A declaration with the record it was first read from. */
    private record From<T>(T value, String coordinates) {}

    /** A register's facts gathered over every record that has it. */
    private static final class RegisterFacts {
        final String id;
        final String coordinates;
        final Map<String, String> names;
        final Map<String, String> descriptions;
        final Set<String> subjects = new LinkedHashSet<>();
        Set<Practice> none;
        boolean publicAuthority;

        RegisterFacts(Activity activity, String coordinates) {
            this.id = activity.id();
            this.coordinates = coordinates;
            this.names = activity.names();
            this.descriptions = activity.descriptions();
        }
    }

    /**
     * @param records the records, in a stable order
     * @param problems where conflicts between records are reported
     * @return the indexes
     */
    public static Merged merge(List<PublishedRecord> records, Problems problems) {
        Map<String, From<Purpose>> purposes = new LinkedHashMap<>();
        Map<Vocabulary, Map<String, From<Term>>> terms = new LinkedHashMap<>();
        for (Vocabulary v : Vocabulary.values()) {
            terms.put(v, new LinkedHashMap<>());
        }
        Map<String, RegisterFacts> registers = new LinkedHashMap<>();
        Map<String, From<PersonalField>> fields = new LinkedHashMap<>();
        Map<String, From<Undeclared>> undeclared = new LinkedHashMap<>();
        Set<String> defaultNames = new LinkedHashSet<>();

        for (PublishedRecord record : records) {
            String at = record.coordinates();
            for (Activity activity : record.activities()) {
                for (DeclaredPurpose p : activity.purposes()) {
                    if (!p.freeText()) {
                        add(purposes, p.key(), new Purpose(p.key(), p.texts(), p.basis(), p.legitimateInterest(), p.law(),
                                p.directMarketing(), p.specialCondition(), null, at), at, "purpose '" + p.key() + "'", problems);
                    }
                }
                for (Named subject : activity.subjects()) {
                    if (subject.key() != null) {
                        addTerm(terms, new Term(Vocabulary.SUBJECTS, subject.key(), subject.texts(), false, false, null,
                                null, null, null, null, at), problems);
                    }
                }
                for (Named category : activity.categories()) {
                    if (category.key() != null) {
                        addTerm(terms, new Term(Vocabulary.CATEGORIES, category.key(), category.texts(), category.special(),
                                false, null, null, null, null, null, at), problems);
                    }
                }
                for (DeclaredSource source : activity.sources()) {
                    if (!source.freeText()) {
                        addTerm(terms, new Term(Vocabulary.SOURCES, source.key(), source.texts(), false, false, null, null,
                                null, source.kind(), null, at), problems);
                    }
                }
                for (Term recipient : activity.recipients()) {
                    addTerm(terms, recipient, problems);
                }
                if (activity.isDefault()) {
                    activity.names().values().forEach(defaultNames::add);
                } else {
                    register(registers, activity, record, problems);
                }
                for (PersonalField f : activity.fields()) {
                    add(fields, f.key(), f, at, "field " + f.className() + "#" + f.field()
                            + " (from " + f.origin() + ")", problems);
                }
                for (Undeclared u : activity.undeclared()) {
                    undeclared.putIfAbsent(u.key(), new From<>(u, at));
                }
            }
        }

        List<Index> indexes = new ArrayList<>();
        for (PublishedRecord record : records) {
            String at = record.coordinates();
            boolean freeText = record.activities().stream().flatMap(a -> a.purposes().stream()).anyMatch(DeclaredPurpose::freeText);
            List<Register> ownRegisters = registers.values().stream().filter(r -> r.coordinates.equals(at))
                    .map(r -> new Register(r.id, r.names, r.descriptions, List.copyOf(r.subjects), List.of(),
                            r.publicAuthority, List.copyOf(r.none), null, at))
                    .toList();
            List<Term> ownTerms = new ArrayList<>();
            terms.values().forEach(byKey -> byKey.values().stream().filter(t -> t.coordinates().equals(at))
                    .forEach(t -> ownTerms.add(t.value())));
            indexes.add(new Index(IndexFormat.SCHEMA_VERSION, "record " + at,
                    freeText ? IndexFormat.MODE_FREE_TEXT : IndexFormat.MODE_CATALOGUE, ownRegisters,
                    own(purposes, at), ownTerms, own(fields, at), own(undeclared, at), at));
        }
        return new Merged(indexes, defaultNames.size() == 1 ? defaultNames.iterator().next() : null);
    }

    private static <T> List<T> own(Map<String, From<T>> declarations, String coordinates) {
        return declarations.values().stream().filter(d -> d.coordinates().equals(coordinates)).map(From::value).toList();
    }

    private static void addTerm(Map<Vocabulary, Map<String, From<Term>>> terms, Term term, Problems problems) {
        add(terms.get(term.vocabulary()), term.key(), term, term.origin(),
                term.vocabulary().noun() + " '" + term.key() + "'", problems);
    }

    /** Adds a declaration unless an equal one is there; reports a different one under the same key. */
    private static <T> void add(Map<String, From<T>> declarations, String key, T value, String coordinates, String what,
            Problems problems) {
        From<T> earlier = declarations.get(key);
        if (earlier == null) {
            declarations.put(key, new From<>(value, coordinates));
            return;
        }
        String difference = difference(earlier.value(), value);
        if (difference != null) {
            problems.report(Diagnostic.RECORD_CONFLICT, what, earlier.coordinates(), coordinates, difference);
        }
    }

    private static void register(Map<String, RegisterFacts> registers, Activity activity, PublishedRecord record,
            Problems problems) {
        RegisterFacts facts = registers.get(activity.id());
        if (facts == null) {
            facts = new RegisterFacts(activity, record.coordinates());
            registers.put(activity.id(), facts);
        } else if (!facts.names.equals(activity.names())) {
            problems.report(Diagnostic.RECORD_CONFLICT, "register '" + activity.id() + "'", facts.coordinates,
                    record.coordinates(), "names " + facts.names + " against " + activity.names());
        } else if (!facts.descriptions.equals(activity.descriptions())) {
            problems.report(Diagnostic.RECORD_CONFLICT, "register '" + activity.id() + "'", facts.coordinates,
                    record.coordinates(), "descriptions " + facts.descriptions + " against " + activity.descriptions());
        }
        activity.subjects().forEach(s -> registers.get(activity.id()).subjects.add(s.fieldKey()));
        // a practice is absent from the merged register only when every application says so: the others have it
        Set<Practice> none = EnumSet.noneOf(Practice.class);
        none.addAll(activity.none());
        if (activity.recipients().stream().anyMatch(r -> r.safeguard() != null)) {
            none.remove(Practice.TRANSFERS);
        }
        if (activity.recipients().stream().anyMatch(r -> r.recipientKind() != RecipientKind.PROCESSOR)) {
            none.remove(Practice.REGULAR_DISCLOSURES);
        }
        if (facts.none == null) {
            facts.none = none;
        } else {
            facts.none.retainAll(none);
        }
        facts.publicAuthority |= record.publicAuthority();
    }

    /**
     * @return what differs between two declarations of the same record type, where they are declared aside, such as
     *     {@code basis: CONSENT against CONTRACT}; {@code null} when they say the same
     */
    static String difference(Object a, Object b) {
        List<String> differences = new ArrayList<>();
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (PLACE.contains(component.getName())) {
                continue;
            }
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!Objects.equals(x, y)) {
                    differences.add(component.getName() + ": " + x + " against " + y);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e); // public accessors of public records
            }
        }
        return differences.isEmpty() ? null : String.join("; ", differences);
    }
}
