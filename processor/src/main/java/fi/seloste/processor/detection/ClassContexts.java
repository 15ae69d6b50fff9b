package fi.seloste.processor.detection;

import static fi.seloste.processor.detection.Dictionary.ANIMAL_CLASS;
import static fi.seloste.processor.detection.Dictionary.CLASS_SUFFIX;
import static fi.seloste.processor.detection.Dictionary.ORGANISATION_CLASS;
import static fi.seloste.processor.detection.Dictionary.PERSON_CLASS;
import static fi.seloste.processor.detection.Dictionary.THING_CLASS;

import fi.seloste.processor.detection.ClassShape.Declaration;
import fi.seloste.processor.detection.ClassShape.FieldShape;
import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.ClassShape.Role;
import fi.seloste.processor.detection.NameWords.Tok;
import fi.seloste.processor.detection.PersonalFieldDetector.Where;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what each class is about, so that a field is judged with its class (issue 14): a person (a user, a
 * customer, a patient), a record about a person (an order, a message, a visit, an application), or neither (a
 * product, a room, a code table, an organisation). The labelling guide of the external corpus calls these P, L and O.
 *
 * <ul>
 *   <li><b>A person</b>: the class name's head word names a person ({@code Customer}, {@code AdminUserDto},
 *       {@code Henkilo}, {@code Antragsteller}), or its superclass is a person ({@code Owner extends Person}).</li>
 *   <li><b>A record about a person</b>: a word of its name names a person ({@code CustomerReview}); or a field refers
 *       to a person class ({@code ChatMessage.fromUser}), identifies a person by its name ({@code patientId},
 *       {@code hetu}, {@code email}) or is declared {@code @PersonalData}; or it belongs to a record about a person
 *       ({@code @ManyToOne Order order} in an order line); or it is part of one (the {@code @OneToMany},
 *       {@code @OneToOne}, embedded and nested values of a person or a record about one). Embeddables and mapped
 *       superclasses take the strongest context of the classes that use them.</li>
 *   <li><b>Neither</b>: everything else, and always a class whose head word names a thing ({@code Room},
 *       {@code PrivateMessageFolder}, {@code KayttoOikeusRyhma}) or an organisation ({@code MerchantStore},
 *       {@code Vardenhet}), even when a field records who owns or changed it. A class that belongs to an organisation
 *       and to no person ({@code ShippingOrigin} of a store) is treated as the organisation's.</li>
 * </ul>
 *
 * <p>The decision is a fixed point over the classes and the classes they reach: contexts only grow, so it ends after
 * at most two rounds per class.
 */
final class ClassContexts {

    /** How much a class is about a person. */
    enum Level { OTHER, RECORD, PERSON }

    /** What a class's name says its rows are, beyond being about a person or not. */
    enum Sort {
        /** Nothing in particular. */
        PLAIN,
        /** A thing people own or use: a room, a group, a setting (guide A2). */
        THING,
        /** An organisation or its unit, or a row that belongs to one and to no person (guide N4). */
        ORGANISATION,
        /** An animal: its name, birth date and health are not a person's, its owner and visits may be (guide N4). */
        ANIMAL
    }

    /**
     * What a class is about and why, worded for a compile error.
     *
     * @param level how much it is about a person
     * @param why why, such as "its name says it is a person" or "it refers to User, a person"; empty for OTHER
     * @param sort what its name says its rows are
     */
    record Context(Level level, String why, Sort sort) {

        boolean aboutAPerson() {
            return level != Level.OTHER;
        }

        boolean organisation() {
            return sort == Sort.ORGANISATION;
        }

        Where where() {
            if (sort == Sort.ANIMAL) {
                return Where.ANIMAL;
            }
            return aboutAPerson() ? Where.ABOUT_A_PERSON : sort == Sort.ORGANISATION ? Where.ORGANISATION
                    : sort == Sort.THING ? Where.THING : Where.ELSEWHERE;
        }

        Context raised(Level to, String because, Sort sortOfSource) {
            return new Context(to, because, sort == Sort.ANIMAL || sortOfSource == Sort.ANIMAL ? Sort.ANIMAL : sort);
        }
    }

    private static final Set<Meaning> IDENTIFYING = EnumSet.of(Meaning.IDENTITY_CODE, Meaning.IDENTITY_DOCUMENT,
            Meaning.PERSON_NUMBER, Meaning.PERSON_REFERENCE, Meaning.USERNAME, Meaning.NAME, Meaning.BIRTH_DATE, Meaning.EMAIL,
            Meaning.PHONE, Meaning.PERSON, Meaning.IP_ADDRESS, Meaning.DEVICE_IDENTIFIER, Meaning.PAYMENT_CARD);

    /**
     * Meanings that name or reach a person without saying whose record the row is: one such field (a position's
     * contact e-mail, a message's sender) may be a member of staff; two (a name and an e-mail) describe the person the
     * row is about or for. A field that says whose it is ({@code antragstellerName}, {@code recipientName}) counts
     * alone.
     */
    private static final Set<Meaning> CONTACT = EnumSet.of(Meaning.NAME, Meaning.EMAIL, Meaning.PHONE);

    /** The start of the reason a mapped superclass is about a person only through a subclass. */
    private static final String SUBCLASS_WHY = "its subclass ";
    /**
     * The starts of the reasons that make a class a child row of a person's record (or a subclass of one), which its
     * subclasses are too.
     */
    private static final List<String> CHILD_ROW_WHY = List.of("it belongs to ", "it is part of ", "it is stored with ",
            "it extends ");

    private final NameVerdicts detector;
    private final Map<String, ClassShape> shapes = new LinkedHashMap<>();
    private final Map<String, Context> contexts = new HashMap<>();
    /** What each class's own name and fields say, before links are followed. */
    private final Map<String, Context> ownContexts = new HashMap<>();
    /** Whether each class's name says its rows are addresses, decided once per class. */
    private final Map<String, Boolean> addressClasses = new HashMap<>();
    /** Whether each class not about a person has an address of its own, decided once per class. */
    private final Map<String, Boolean> places = new HashMap<>();
    /** What the shapes say beyond names: keys of their own, how plain fields link, audit actors. */
    private final ShapeFacts facts = new ShapeFacts(shapes);
    /** Classes fixed as not about a person by their head word. */
    private final Map<String, Boolean> fixed = new HashMap<>();

    /**
     * @param roots the classes to judge
     * @param lookup finds the shape of a class reached from them, by binary name
     */
    ClassContexts(Collection<ClassShape> roots, Function<String, Optional<ClassShape>> lookup, NameVerdicts detector) {
        this.detector = detector;
        Deque<ClassShape> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            ClassShape shape = work.pop();
            if (shapes.putIfAbsent(shape.name(), shape) != null) {
                continue;
            }
            if (shape.superclass() != null) {
                lookup.apply(shape.superclass()).ifPresent(work::push);
            }
            for (FieldShape field : shape.fields()) {
                if (field.target() != null) {
                    lookup.apply(field.target()).ifPresent(work::push);
                }
            }
        }
        decide();
    }

    /** What a class is about; a class not reached is about nothing. */
    Context of(String className) {
        Context context = contexts.get(className);
        return context == null ? new Context(Level.OTHER, "", Sort.PLAIN) : context;
    }

    /** How a field links to its target, read with the target ({@link ShapeFacts#linkOf}). */
    Link linkOf(FieldShape field) {
        return facts.linkOf(field);
    }

    Optional<ClassShape> shape(String className) {
        return Optional.ofNullable(shapes.get(className));
    }

    // ------------------------------------------------------------------------------------------------- deciding

    private void decide() {
        Map<String, List<Use>> users = new HashMap<>();
        for (ClassShape shape : shapes.values()) {
            for (FieldShape field : shape.fields()) {
                if (field.target() != null && shapes.containsKey(field.target())) {
                    users.computeIfAbsent(field.target(), k -> new ArrayList<>()).add(new Use(shape, facts.linkOf(field)));
                }
            }
            if (shape.superclass() != null && shapes.containsKey(shape.superclass())) {
                users.computeIfAbsent(shape.superclass(), k -> new ArrayList<>()).add(new Use(shape, null));
            }
        }
        for (ClassShape shape : shapes.values()) {
            Context own = ownContext(shape);
            contexts.put(shape.name(), own);
            ownContexts.put(shape.name(), own);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ClassShape shape : shapes.values()) {
                Context before = contexts.get(shape.name());
                Context after = fixed.getOrDefault(shape.name(), false) ? partOfRecord(shape, before)
                        : linked(shape, before, users.getOrDefault(shape.name(), List.of()));
                if (after.level().compareTo(before.level()) > 0 || after.sort() != before.sort()) {
                    contexts.put(shape.name(), after);
                    changed = true;
                }
            }
        }
    }

    private record Use(ClassShape user, Link link) {
    }

    /** What the class's own name and fields say. */
    private Context ownContext(ClassShape shape) {
        List<String> words = nameWords(shape.simpleName());
        String head = words.isEmpty() ? null : words.get(words.size() - 1);
        if (head != null && ORGANISATION_CLASS.contains(head)) {
            fixed.put(shape.name(), true);
            return new Context(Level.OTHER, "", Sort.ORGANISATION);
        }
        if (head != null && THING_CLASS.contains(head)) {
            fixed.put(shape.name(), true);
            return new Context(Level.OTHER, "", Sort.THING);
        }
        if (head != null && ANIMAL_CLASS.contains(head)) {
            return new Context(Level.OTHER, "", Sort.ANIMAL);
        }
        if (head != null && PERSON_CLASS.contains(head)) {
            return new Context(Level.PERSON, "its name says it is a person", Sort.PLAIN);
        }
        String glued = head == null ? null : ShapeFacts.personHead(head);
        if (glued != null) {
            return new Context(Level.PERSON, "its name ends in \"" + glued + "\", a person", Sort.PLAIN);
        }
        if (head != null && ShapeFacts.gluedHead(head, ORGANISATION_CLASS) != null) {
            fixed.put(shape.name(), true);
            return new Context(Level.OTHER, "", Sort.ORGANISATION);
        }
        for (String word : words) {
            if (PERSON_CLASS.contains(word) || Dictionary.PERSON.contains(word)) {
                return new Context(Level.RECORD, "its name says it is about a person", Sort.PLAIN);
            }
        }
        List<FieldShape> stored = facts.storedFields(shape);
        for (FieldShape field : stored) {
            if (field.declaration() == Declaration.PERSONAL) {
                return new Context(Level.RECORD, "its field " + field.name() + " is declared personal data", Sort.PLAIN);
            }
        }
        FieldShape contact = null;
        for (FieldShape field : stored) {
            if (field.declaration() != Declaration.UNDECLARED && field.declaration() != Declaration.NOT_STORED) {
                continue;
            }
            Optional<PersonalFieldDetector.Suspicion> hit = detector.inspect(field.name(), field.type(), Where.ELSEWHERE);
            if (hit.isEmpty() || !IDENTIFYING.contains(meaningOf(hit.get())) || facts.auditActor(field)) {
                // guide A2: who created or changed a row does not make it a person's record
                continue;
            }
            if (!CONTACT.contains(meaningOf(hit.get())) || namesWhose(field)) {
                return new Context(Level.RECORD, "its field " + field.name() + " identifies a person", Sort.PLAIN);
            }
            if (contact != null) {
                return new Context(Level.RECORD, "its fields " + contact.name() + " and " + field.name()
                        + " identify a person", Sort.PLAIN);
            }
            contact = field;
        }
        return new Context(Level.OTHER, "", Sort.PLAIN);
    }

    /** Whether a field's name says whose name or contact it is: {@code antragstellerName}, {@code recipientName}. */
    private static boolean namesWhose(FieldShape field) {
        for (String word : nameWords(field.name())) {
            if (Dictionary.PERSON.contains(word) || PERSON_CLASS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The context the class's links give it, given the contexts of the classes it links to and that use it. */
    private Context linked(ClassShape shape, Context now, List<Use> uses) {
        Context best = now;
        if (shape.superclass() != null && shapes.containsKey(shape.superclass())) {
            Context parent = contexts.get(shape.superclass());
            if (parent.level().compareTo(best.level()) > 0 && parentOwn(shape.superclass(), parent)) {
                best = best.raised(parent.level(), "it extends " + simple(shape.superclass()) + ", which is "
                        + (parent.level() == Level.PERSON ? "a person" : "about a person"), parent.sort());
            }
        }
        boolean belongsToOrganisation = false;
        boolean belongsToPerson = false;
        for (FieldShape field : shape.fields()) {
            if (field.target() == null || !shapes.containsKey(field.target())) {
                continue;
            }
            Context target = contexts.get(field.target());
            String name = simple(field.target());
            if (target.level() == Level.PERSON && facts.auditActor(field)) {
                // guide A2: who created, changed or retired a row is personal (Y11), but does not make the row a
                // person's record: a concept of a dictionary with a creator stays a concept
                continue;
            }
            Link link = facts.linkOf(field);
            if (target.level() == Level.PERSON && (link == Link.ONE_TO_MANY || link == Link.MANY_TO_MANY)) {
                // a class that holds a collection of persons is a group of them (a list of candidates, a committee),
                // not a record about one: the collection is personal (Y2), its other fields are the group's
                continue;
            }
            if (target.level() == Level.PERSON) {
                belongsToPerson = true;
                best = atLeast(best, Level.RECORD, (field.link() == Link.EMBEDDED || field.link() == Link.VALUE
                        ? "it holds " : "it refers to ") + name + ", a person", Sort.PLAIN);
            } else if (target.aboutAPerson() && (field.link() == Link.MANY_TO_ONE || field.link() == Link.ONE_TO_ONE)) {
                belongsToPerson = true;
                best = atLeast(best, Level.RECORD, "it belongs to " + name + ", which is about a person", Sort.PLAIN);
            } else if (target.organisation() && field.link() == Link.MANY_TO_ONE) {
                belongsToOrganisation = true;
            }
        }
        for (Use use : uses) {
            Context user = contexts.get(use.user().name());
            if (!user.aboutAPerson()) {
                continue;
            }
            String name = use.user().simpleName();
            if (use.link() == null) {
                if (shape.role() == Role.MAPPED_SUPERCLASS || shape.role() == Role.DATA) {
                    // a superclass that is no entity of its own (a mapped superclass, or a base class mapped outside
                    // the code) is stored in its subclasses' rows
                    best = atLeast(best, user.level(), SUBCLASS_WHY + name + " is " + (user.level() == Level.PERSON
                            ? "a person" : "about a person"), user.sort());
                }
            } else if (use.link() == Link.EMBEDDED || use.link() == Link.VALUE || shape.role() == Role.EMBEDDABLE) {
                best = atLeast(best, user.level(), "it is stored with " + name + ", which is "
                        + (user.level() == Level.PERSON ? "a person" : "about a person"), user.sort());
            } else if (use.link() == Link.ONE_TO_MANY || use.link() == Link.ONE_TO_ONE) {
                best = atLeast(best, Level.RECORD, "it is part of " + name + ", which is about a person", Sort.PLAIN);
            } else if (addressClass(shape)) {
                // guide Y5: an address row a person or their record points at is that person's address, shared or not
                best = atLeast(best, Level.RECORD, "it is an address of " + name + ", which is "
                        + (user.level() == Level.PERSON ? "a person" : "about a person"), Sort.PLAIN);
            }
        }
        if (!best.aboutAPerson() && belongsToOrganisation && !belongsToPerson && !best.organisation()) {
            return new Context(Level.OTHER, "", Sort.ORGANISATION);
        }
        return best;
    }

    /**
     * A thing or an organisation's row stays what its name says, unless it belongs to a record about a person: a
     * requested access group of an application, a product line of an order is part of that record (guide A1). Owning
     * it or being changed by a person does not make it one (guide A2).
     */
    private Context partOfRecord(ClassShape shape, Context now) {
        if (now.aboutAPerson()) {
            return now;
        }
        for (FieldShape field : shape.fields()) {
            if (field.target() == null || !shapes.containsKey(field.target())
                    || (field.link() != Link.MANY_TO_ONE && field.link() != Link.ONE_TO_ONE)) {
                continue;
            }
            Context target = contexts.get(field.target());
            if (target.level() == Level.RECORD) {
                return new Context(Level.RECORD, "it belongs to " + simple(field.target()) + ", which is about a person",
                        Sort.PLAIN);
            }
        }
        return now;
    }

    /**
     * Whether a class that is about no person is a place: it has a postal address of its own (a clinic, a shop, a
     * polling station, a {@code Location} with {@code address1} and {@code postalCode}). A link to it from a person's
     * record names where something happened, the same for everyone there (guide N4).
     */
    boolean place(ClassShape shape) {
        if (of(shape.name()).aboutAPerson()) {
            return false;
        }
        return places.computeIfAbsent(shape.name(), n -> {
            for (FieldShape f : facts.storedFields(shape)) {
                if (f.target() != null) {
                    continue;
                }
                Optional<PersonalFieldDetector.Suspicion> hit = detector.inspect(f.name(), f.type(), Where.ABOUT_A_PERSON);
                if (hit.isPresent()) {
                    Meaning m = meaningOf(hit.get());
                    if (m == Meaning.ADDRESS || m == Meaning.POSTAL_CODE) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** Whether a class's name says its rows are postal addresses ({@code DefaultAddress}, {@code Osoite}, {@code Adresse}). */
    private boolean addressClass(ClassShape shape) {
        return addressClasses.computeIfAbsent(shape.name(), n -> {
            List<String> words = nameWords(shape.simpleName());
            Term head = words.isEmpty() ? null : Dictionary.TERMS.get(words.get(words.size() - 1));
            return head != null && head.meaning() == Meaning.ADDRESS;
        });
    }

    /**
     * Whether a superclass is a person or about one by its own name, fields or links, not only through its subclasses:
     * the subclasses of a child row of a person's record ({@code Kotikunta extends Tietoryhma}, which belongs to a
     * change row about a person) are child rows too.
     */
    private boolean parentOwn(String superclass, Context parent) {
        Context own = ownContexts.get(superclass);
        if (own != null && own.aboutAPerson()) {
            return true;
        }
        // a superclass that only refers to a person (an auditing base with a createdBy user) owns its subclasses'
        // rows no more than an owner field makes a thing a person's record (guide A2)
        for (String why : CHILD_ROW_WHY) {
            if (parent.why().startsWith(why)) {
                return true;
            }
        }
        return false;
    }

    /** The context raised to {@code level} for {@code why}; an animal's record stays an animal's. */
    private static Context atLeast(Context now, Level level, String why, Sort sortOfSource) {
        if (level.compareTo(now.level()) > 0) {
            return new Context(level, why, now.sort() == Sort.ANIMAL || sortOfSource == Sort.ANIMAL ? Sort.ANIMAL : Sort.PLAIN);
        }
        return now;
    }

    /** The words of a class name with technical endings dropped: {@code AdminUserDTO} -> admin, user. */
    static List<String> nameWords(String simpleName) {
        List<String> words = new ArrayList<>();
        for (Tok tok : NameWords.tokens(simpleName)) {
            if (!tok.digits()) {
                words.add(tok.folded());
            }
        }
        while (words.size() > 1 && CLASS_SUFFIX.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() == 1 && CLASS_SUFFIX.contains(words.get(0))) {
            words.clear();
        }
        return words;
    }

    static String simple(String binaryName) {
        int cut = Math.max(binaryName.lastIndexOf('$'), binaryName.lastIndexOf('.'));
        return binaryName.substring(cut + 1);
    }

    private static Meaning meaningOf(PersonalFieldDetector.Suspicion suspicion) {
        for (Meaning m : Meaning.values()) {
            if (m.description.equals(suspicion.meaning())) {
                return m;
            }
        }
        return Meaning.PERSON;
    }
}
