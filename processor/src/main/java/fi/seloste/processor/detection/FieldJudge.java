package fi.seloste.processor.detection;

import static fi.seloste.processor.detection.Dictionary.ACCOUNT_STATE;
import static fi.seloste.processor.detection.Dictionary.AUDIT;
import static fi.seloste.processor.detection.Dictionary.ORGANISATION_CLASS;
import static fi.seloste.processor.detection.Dictionary.PERSON_FLAG;
import static fi.seloste.processor.detection.Dictionary.PROCESSING;
import static fi.seloste.processor.detection.Dictionary.RECORD_STATE;

import fi.seloste.processor.detection.ClassContexts.Context;
import fi.seloste.processor.detection.ClassContexts.Level;
import fi.seloste.processor.detection.ClassShape.Declaration;
import fi.seloste.processor.detection.ClassShape.FieldShape;
import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.NameWords.Tok;
import fi.seloste.processor.detection.PersonalFieldDetector.Suspicion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges a field with its class (issue 14): the words of its name, the class it is stored in, the classes it links
 * to. It answers two questions for {@code UndeclaredFieldCheck}: does an undeclared field look personal (and why), and,
 * for strict mode, which fields are technical and which classes hold personal data.
 *
 * <p>In order, for a field of a class:
 * <ol>
 *   <li><b>Technical fields</b> never look personal: the key ({@code @Id} with {@code @GeneratedValue},
 *       {@code @EmbeddedId}, a field named {@code id}), the version ({@code @Version}, {@code version}) and the
 *       record's audit timestamps ({@code @CreatedDate}, {@code @LastModifiedDate}, {@code @CreationTimestamp},
 *       {@code @UpdateTimestamp}, or a date named {@code createdAt}, {@code updatedAt}, {@code muokattu}...).
 *       A natural key ({@code @Id String hetu}) is judged by its name.</li>
 *   <li><b>Words</b>: {@link PersonalFieldDetector} with what the class is about. Words that identify a person
 *       ({@code email}, {@code hetu}, {@code firstName}, {@code customerId}) count in any class; words that are
 *       personal only about a person ({@code address}, {@code city}, {@code diagnosis}, {@code password}) count in a
 *       class about a person; in an organisation's class, contact details are the organisation's.</li>
 *   <li><b>Links</b>: a field that refers to a person class is personal in any class ({@code Appointment.owner});
 *       one that refers to a record about a person is personal in a class about a person
 *       ({@code OrderLine.order}); an embedded or nested value is personal while the fields it holds look personal
 *       and are not declared ({@code Customer.billing}), so declaring them where they are written settles both.
 *       A link to a class that holds no personal data is not personal.</li>
 *   <li><b>Context</b>: in a class about a person, a field is personal unless its words say it is bookkeeping of the
 *       record or the system (a status, a type, a code table, an organisation, a technical detail, a processing
 *       setting such as an expiry); a yes/no field only when its words make it a fact about the person or their
 *       choice ({@code consent}, {@code deceased}); a date unless it dates the record ({@code createdAt}).</li>
 * </ol>
 */
public final class FieldJudge {

    private static final Set<String> KEY_ANNOTATIONS = Set.of("EmbeddedId", "Version", "GeneratedValue");
    private static final Set<String> AUDIT_ANNOTATIONS = Set.of("CreatedDate", "LastModifiedDate", "CreationTimestamp",
            "UpdateTimestamp");
    private static final Set<String> KEY_NAMES = Set.of("id", "uuid", "guid", "version", "pk");

    private final NameVerdicts detector;
    private final ClassContexts contexts;
    private final Map<String, List<String>> flaggedFields = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();
    private final Map<String, Optional<Suspicion>> verdicts = new HashMap<>();
    private final Map<String, Optional<String>> holdings = new HashMap<>();
    private final Map<String, List<String>> wordsByName = new HashMap<>();
    private final Map<String, TypeFacts> typeFactsByType = new HashMap<>();

    /**
     * @param classes the classes whose fields will be judged
     * @param lookup finds the shape of any class they reach, by binary name
     */
    public FieldJudge(Collection<ClassShape> classes, Function<String, Optional<ClassShape>> lookup) {
        this.detector = new NameVerdicts(new PersonalFieldDetector());
        this.contexts = new ClassContexts(classes, lookup, detector);
    }

    /** Why an undeclared field of a class looks personal, or empty when it does not (or is declared). */
    public Optional<Suspicion> judge(ClassShape owner, FieldShape field) {
        if (field.declaration() != Declaration.UNDECLARED) {
            return Optional.empty();
        }
        String key = owner.name() + "#" + field.name();
        Optional<Suspicion> known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        verdicts.put(key, Optional.empty()); // a cycle of links (an order and its lines) ends here
        Optional<Suspicion> verdict = decide(owner, field);
        verdicts.put(key, verdict);
        return verdict;
    }

    private Optional<Suspicion> decide(ClassShape owner, FieldShape field) {
        Context context = contexts.of(owner.name());
        boolean key = field.annotated("Id");
        if (!key && context.level() == Level.PERSON && context.sort() != ClassContexts.Sort.ANIMAL
                && (field.name().equalsIgnoreCase("uuid") || field.name().equalsIgnoreCase("guid"))
                && !field.annotated("GeneratedValue")) {
            // guide N1 exception, Y2: a person's uuid beside the row's key is the id other systems know the person by
            return Optional.of(new Suspicion(field.name(), "a reference to a person", "it is an id of "
                    + owner.simpleName() + ", a person (" + context.why() + "), beside the row's key: other systems know "
                    + "the person by it"));
        }
        if (technical(owner, field) && (!key || ShapeFacts.ownKey(owner, field))) {
            // an @Id is judged by its name (a natural key: hetu), unless that name makes it the class's number key
            return Optional.empty();
        }
        if (field.target() != null && !key) {
            Optional<Suspicion> link = link(owner, field, context);
            Optional<ClassShape> target = contexts.shape(field.target());
            if (link.isPresent() || target.isEmpty() || (contexts.of(target.get().name()).aboutAPerson()
                    && holds(target.get(), new HashSet<>()).isPresent())) {
                // a link is named after what it links to; what that holds is judged where it is written (a code
                // table that records who changed it is still a code table)
                return link;
            }
            if (contexts.place(target.get())) {
                // guide N4: a link to a place with an address of its own (Encounter.location to a clinic's Location)
                // says where something happened, the same for everyone there; its name is the place's
                return Optional.empty();
            }
            // a link to a code table or a thing is what its name says: a person's nationality, mother tongue
            Optional<Suspicion> named = detector.inspect(field.name(), field.type(), context.where());
            if (named.isEmpty() && context.level() == Level.PERSON && context.sort() != ClassContexts.Sort.ANIMAL
                    && (contexts.linkOf(field) == Link.ONE_TO_MANY || field.link() == Link.MANY_TO_MANY)
                    && target.get().fields().stream().anyMatch(f -> !technical(f))) {
                // guide Y12: a person's collections of shared rows tell what the person has, may do or belongs to
                // (rows that hold only a key tell nothing: Owner.visits of an id-only Visit)
                return Optional.of(new Suspicion(field.name(), "what a person has or belongs to", "it links "
                        + owner.simpleName() + ", a person (" + context.why() + "), to rows of " + target.get().simpleName()
                        + ": what the person has, may do or belongs to"));
            }
            if (named.isEmpty() && context.aboutAPerson() && context.sort() != ClassContexts.Sort.ANIMAL
                    && contexts.linkOf(field) == Link.MANY_TO_ONE
                    && contexts.of(target.get().name()).sort() == ClassContexts.Sort.PLAIN) {
                // a single coded value of a person's record (a diagnosis, a cause of death, a profession) is judged
                // as a plain field there: personal unless its words make it bookkeeping
                return inRecord(owner, field, context);
            }
            return named;
        }
        Optional<Suspicion> words = detector.inspect(field.name(), field.type(), key
                ? (context.organisation() ? PersonalFieldDetector.Where.ORGANISATION : PersonalFieldDetector.Where.ELSEWHERE)
                : context.where());
        if (words.isPresent() && context.aboutAPerson() && !key
                && detector.inspect(field.name(), field.type(), PersonalFieldDetector.Where.ELSEWHERE).isEmpty()) {
            // the word counts because of the class: say so
            Suspicion s = words.get();
            return Optional.of(new Suspicion(s.matched(), s.meaning(), s.reason() + ", and " + owner.simpleName() + " is "
                    + (context.level() == Level.PERSON ? "a person" : "a record about a person") + " (" + context.why() + ")"));
        }
        if (words.isPresent() || key) {
            return words;
        }
        if (!context.aboutAPerson() || context.sort() == ClassContexts.Sort.ANIMAL) {
            return Optional.empty();
        }
        return inRecord(owner, field, context);
    }

    /**
     * Whether a field is technical and never needs a declaration, also in strict mode: the key, the version and the
     * record's audit timestamps.
     */
    public boolean technical(FieldShape field) {
        if (field.annotated("Id")) {
            return true;
        }
        for (String a : field.annotations()) {
            if (KEY_ANNOTATIONS.contains(a) || AUDIT_ANNOTATIONS.contains(a)) {
                return true;
            }
        }
        List<String> words = words(field.name());
        if (words.size() == 1 && KEY_NAMES.contains(words.get(0))) {
            return true;
        }
        return auditDate(field, words);
    }

    /**
     * Why a class holds personal data, for strict mode: a field declared {@code @PersonalData}, a field that looks
     * personal, or a link to a class that holds personal data; empty when it holds none.
     */
    public Optional<String> holdsPersonalData(ClassShape shape) {
        return holds(shape, new HashSet<>());
    }

    /**
     * Whether a field of a class is technical and never needs a declaration, also in strict mode: as
     * {@link #technical(FieldShape)}, and a number or UUID key named after the class ({@code Patient.patientId}).
     */
    public boolean technical(ClassShape owner, FieldShape field) {
        return technical(field) || ShapeFacts.ownKey(owner, field);
    }

    /**
     * Whether a field embeds a value of its class's row, read with its target: a plain field whose class has a key of
     * its own refers to another row and is judged as a link.
     */
    public boolean embedsValue(FieldShape field) {
        return embeds(field) && contexts.linkOf(field) == field.link();
    }

    /** Whether a link field reaches a class that holds personal data (strict mode asks such links to be declared). */
    public boolean linksToPersonalData(FieldShape field) {
        if (field.target() == null) {
            return false;
        }
        Optional<ClassShape> target = contexts.shape(field.target());
        return target.isPresent() && holds(target.get(), new HashSet<>()).isPresent();
    }

    /** Whether a field embeds a value (its columns are the embeddable's fields, declared there). */
    public static boolean embeds(FieldShape field) {
        return field.link() == Link.EMBEDDED || field.link() == Link.VALUE;
    }

    // ------------------------------------------------------------------------------------------------- rules

    private Optional<String> holds(ClassShape shape, Set<String> seen) {
        Optional<String> known = holdings.get(shape.name());
        if (known != null) {
            return known;
        }
        if (!seen.add(shape.name())) {
            return Optional.empty();
        }
        holdings.put(shape.name(), Optional.empty()); // a cycle of links ends here
        Optional<String> holds = holdsFirst(shape, seen);
        holdings.put(shape.name(), holds);
        return holds;
    }

    private Optional<String> holdsFirst(ClassShape shape, Set<String> seen) {
        for (FieldShape field : shape.fields()) {
            if (field.declaration() == Declaration.PERSONAL) {
                return Optional.of(field.name() + " is declared personal data");
            }
        }
        for (FieldShape field : shape.fields()) {
            if (field.target() == null && judge(shape, field).isPresent()) {
                return Optional.of(field.name() + " looks personal");
            }
        }
        for (FieldShape field : shape.fields()) {
            if (field.target() != null && judge(shape, field).isPresent()) {
                return Optional.of(field.name() + " looks personal");
            }
        }
        for (FieldShape field : shape.fields()) {
            if (field.target() != null && field.declaration() != Declaration.NOT_STORED) {
                Optional<ClassShape> target = contexts.shape(field.target());
                if (target.isPresent() && holds(target.get(), seen).isPresent()) {
                    return Optional.of(field.name() + " links to " + target.get().simpleName() + ", which holds personal data");
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Suspicion> link(ClassShape owner, FieldShape field, Context context) {
        Optional<ClassShape> targetShape = contexts.shape(field.target());
        if (targetShape.isEmpty()) {
            return Optional.empty();
        }
        ClassShape target = targetShape.get();
        if (embedsValue(field)) {
            List<String> flagged = flaggedFieldsOf(target);
            if (flagged.isEmpty()) {
                return Optional.empty();
            }
            String fields = flagged.size() <= 3 ? String.join(", ", flagged)
                    : String.join(", ", flagged.subList(0, 3)) + " and " + (flagged.size() - 3) + " more";
            return Optional.of(new Suspicion(field.name(), "personal data held in " + target.simpleName(),
                    "it holds " + target.simpleName() + ", whose fields " + fields
                            + " look personal and are not declared there yet"));
        }
        Context targetContext = contexts.of(target.name());
        if (targetContext.level() == Level.PERSON) {
            return Optional.of(new Suspicion(field.name(), "a reference to a person",
                    "it refers to " + target.simpleName() + ", a person (" + targetContext.why() + ")"));
        }
        if (targetContext.aboutAPerson() && context.aboutAPerson() && holds(target, new HashSet<>()).isPresent()) {
            return Optional.of(new Suspicion(field.name(), "a reference to a record about a person",
                    "it links " + owner.simpleName() + " to " + target.simpleName() + ", a record about a person ("
                            + targetContext.why() + ")"));
        }
        return Optional.empty();
    }

    /** The undeclared fields of an embedded or nested class that look personal, in the context of that class. */
    private List<String> flaggedFieldsOf(ClassShape target) {
        List<String> known = flaggedFields.get(target.name());
        if (known != null) {
            return known;
        }
        if (!visiting.add(target.name())) {
            return List.of();
        }
        List<String> flagged = new ArrayList<>();
        for (FieldShape f : target.fields()) {
            if (judge(target, f).isPresent()) {
                flagged.add(f.name());
            }
        }
        visiting.remove(target.name());
        flaggedFields.put(target.name(), flagged);
        return flagged;
    }

    /** A field of a class about a person that no word placed: personal unless its words make it bookkeeping. */
    /** Whether a type can only hold a flag: a yes/no, a number or a single character. */
    private static boolean encodesFlag(TypeFacts type) {
        return EnumSet.of(ValueKind.BOOLEAN, ValueKind.NUMBER).containsAll(type.kinds)
                || type.shown.equals("char") || type.shown.equals("java.lang.Character");
    }

    private Optional<Suspicion> inRecord(ClassShape owner, FieldShape field, Context context) {
        List<String> words = words(field.name());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (String w : words) {
            if (RECORD_STATE.contains(w) || ORGANISATION_CLASS.contains(w) || PROCESSING.contains(w)) {
                return Optional.empty();
            }
        }
        TypeFacts type = typeFacts(field.type());
        if (type.kinds.contains(ValueKind.NONE) && type.kinds.size() == 1) {
            return Optional.empty();
        }
        if (encodesFlag(type) && ACCOUNT_STATE.containsAll(words)) {
            // guide N3: a name made only of account-state words is the state of the record, whatever type encodes the
            // flag (deleted = 'Y', active = 1); a date so named (sent) and a text (test, consent) are judged below
            return Optional.empty();
        }
        String about = owner.simpleName() + (context.level() == Level.PERSON ? ", a person" : ", a record about a person")
                + " (" + context.why() + ")";
        if (type.kinds.equals(java.util.EnumSet.of(ValueKind.BOOLEAN))) {
            for (String w : words) {
                if (PERSON_FLAG.contains(w)) {
                    return Optional.of(new Suspicion(field.name(), "a fact about a person or their choice",
                            "\"" + w + "\" makes it a fact about the person or their choice, and it is stored in " + about));
                }
            }
            for (String w : words) {
                if (ACCOUNT_STATE.contains(w)) {
                    return Optional.empty();
                }
            }
            // guide Y14, Y15 against N3: a yes/no field of a person's record is a fact about the person or their dealing
            // unless a word makes it the state of the record or the account (active, locked, test: account-state words)
            return Optional.of(new Suspicion(field.name(), "a fact about a person or their dealing",
                    "it is a yes/no fact stored in " + about + ", and no word makes it the state of the record or account"));
        }
        if (type.kinds.contains(ValueKind.TEMPORAL)) {
            if (auditDate(field, words)) {
                return Optional.empty();
            }
            return Optional.of(new Suspicion(field.name(), "the date of a person's act or event",
                    "it dates something in " + about + ", and no word makes it the record's own timestamp"));
        }
        return Optional.of(new Suspicion(field.name(), "data about a person",
                "it is stored in " + about + ", and no word makes it bookkeeping of the record"));
    }

    private boolean auditDate(FieldShape field, List<String> words) {
        TypeFacts type = typeFacts(field.type());
        if (!type.kinds.contains(ValueKind.TEMPORAL) && !type.kinds.contains(ValueKind.NUMBER)) {
            return false;
        }
        boolean temporal = type.kinds.contains(ValueKind.TEMPORAL);
        for (String w : words) {
            if (AUDIT.contains(w) && (temporal || words.size() == 1)) {
                return true;
            }
        }
        return false;
    }

    private List<String> words(String name) {
        return wordsByName.computeIfAbsent(name, n -> {
            List<String> out = new ArrayList<>();
            for (Tok tok : NameWords.tokens(n)) {
                if (!tok.digits()) {
                    out.add(tok.folded());
                }
            }
            return List.copyOf(out);
        });
    }

    private TypeFacts typeFacts(String type) {
        return typeFactsByType.computeIfAbsent(type == null ? "" : type, TypeFacts::of);
    }
}
