package fi.seloste.core.diff;

import fi.seloste.core.diff.RecordChange.Kind;
import fi.seloste.core.diff.RecordChange.Subject;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares a release's record with the previous release's published record, so the DPO sees what the new release
 * changes in the Art. 30 record: registers, fields, purposes, recipients, transfers and retention added, removed or
 * changed. Where a declaration was found (source file, line, origin) is no change.
 */
public final class RecordDiff {

    private RecordDiff() {}

    /**
     * @param before the previous release's record
     * @param after this release's record
     * @return the changes, by register (in the order of {@code after}, then registers removed), then by subject, kind
     *     and key
     */
    public static List<RecordChange> between(PublishedRecord before, PublishedRecord after) {
        Map<String, Activity> old = byId(before);
        Map<String, Activity> now = byId(after);
        Set<String> ids = new LinkedHashSet<>(now.keySet());
        ids.addAll(old.keySet());
        List<RecordChange> changes = new ArrayList<>();
        for (String id : ids) {
            Activity a = old.get(id);
            Activity b = now.get(id);
            List<RecordChange> register = new ArrayList<>();
            if (a == null || b == null) {
                register.add(new RecordChange(id, Subject.REGISTER, a == null ? Kind.ADDED : Kind.REMOVED, id, a, b));
            } else {
                compare(register, id, Subject.PURPOSE, a.purposes(), b.purposes(), RecordDiff::purposeKey,
                        (x, y) -> samePurpose(x, y));
                compareFields(register, id, a.fields(), b.fields());
                compare(register, id, Subject.RECIPIENT, a.recipients(), b.recipients(), Term::key,
                        (x, y) -> x.texts().equals(y.texts()) && x.recipientKind() == y.recipientKind()
                                && Objects.equals(x.country(), y.country()));
                compare(register, id, Subject.TRANSFER, transfers(a), transfers(b), Term::key,
                        (x, y) -> Objects.equals(x.country(), y.country()) && x.safeguard() == y.safeguard());
            }
            register.sort(Comparator.comparing(RecordChange::subject).thenComparing(RecordChange::kind)
                    .thenComparing(RecordChange::key));
            changes.addAll(register);
        }
        return changes;
    }

    private static Map<String, Activity> byId(PublishedRecord record) {
        Map<String, Activity> byId = new LinkedHashMap<>();
        record.activities().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static String purposeKey(DeclaredPurpose p) {
        return p.freeText() ? p.key() + " (" + p.basis() + ")" : p.key();
    }

    private static boolean samePurpose(DeclaredPurpose a, DeclaredPurpose b) {
        return a.texts().equals(b.texts()) && a.basis() == b.basis() && a.legitimateInterest().equals(b.legitimateInterest())
                && a.law().equals(b.law()) && a.directMarketing() == b.directMarketing()
                && a.specialCondition() == b.specialCondition();
    }

    private static List<Term> transfers(Activity a) {
        return a.recipients().stream().filter(r -> r.safeguard() != null).toList();
    }

    private static <T> void compare(List<RecordChange> changes, String register, Subject subject, List<T> before,
            List<T> after, Function<T, String> key, BiPredicate<T, T> same) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(x -> old.putIfAbsent(key.apply(x), x));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(x -> now.putIfAbsent(key.apply(x), x));
        for (Map.Entry<String, T> e : now.entrySet()) {
            T was = old.get(e.getKey());
            if (was == null) {
                changes.add(new RecordChange(register, subject, Kind.ADDED, e.getKey(), null, e.getValue()));
            } else if (!same.test(was, e.getValue())) {
                changes.add(new RecordChange(register, subject, Kind.CHANGED, e.getKey(), was, e.getValue()));
            }
        }
        for (Map.Entry<String, T> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new RecordChange(register, subject, Kind.REMOVED, e.getKey(), e.getValue(), null));
            }
        }
    }

    /** Fields by class and field; a retention change is its own entry, any other change of facts one more. */
    private static void compareFields(List<RecordChange> changes, String register, List<PersonalField> before,
            List<PersonalField> after) {
        compare(changes, register, Subject.FIELD, before, after, PersonalField::key, (x, y) -> true);
        Map<String, PersonalField> old = new LinkedHashMap<>();
        before.forEach(f -> old.putIfAbsent(f.key(), f));
        for (PersonalField now : after) {
            PersonalField was = old.get(now.key());
            if (was == null) {
                continue;
            }
            if (!was.retention().equals(now.retention())) {
                changes.add(new RecordChange(register, Subject.RETENTION, Kind.CHANGED, now.key(), was, now));
            }
            if (!changedFacts(was, now).isEmpty()) {
                changes.add(new RecordChange(register, Subject.FIELD, Kind.CHANGED, now.key(), was, now));
            }
        }
    }

    /**
     * @param before a field before
     * @param after the same field after
     * @return the names of the facts that differ, retention and where it is declared aside, in record order:
     *     {@code labels}, {@code purposes}, {@code sources}, {@code categories}, {@code subjects}, {@code recipients},
     *     {@code special}
     */
    public static List<String> changedFacts(PersonalField before, PersonalField after) {
        List<String> facts = new ArrayList<>();
        if (!before.labels().equals(after.labels())) {
            facts.add("labels");
        }
        if (!before.purposes().equals(after.purposes())) {
            facts.add("purposes");
        }
        if (!before.sources().equals(after.sources())) {
            facts.add("sources");
        }
        if (!before.categories().equals(after.categories())) {
            facts.add("categories");
        }
        if (!before.subjects().equals(after.subjects())) {
            facts.add("subjects");
        }
        if (!before.recipients().equals(after.recipients())) {
            facts.add("recipients");
        }
        if (before.special() != after.special() || !Objects.equals(before.specialCondition(), after.specialCondition())
                || !Objects.equals(before.identityCodeGround(), after.identityCodeGround())) {
            facts.add("special");
        }
        return facts;
    }
}
