package fi.seloste.processor.detection;

import static fi.seloste.processor.detection.Dictionary.ACTOR_VERBS;
import static fi.seloste.processor.detection.Dictionary.BY;
import static fi.seloste.processor.detection.Dictionary.EXACT;
import static fi.seloste.processor.detection.Dictionary.LOCATION_CUES;
import static fi.seloste.processor.detection.Dictionary.MESSAGE_TAIL;
import static fi.seloste.processor.detection.Dictionary.METADATA;
import static fi.seloste.processor.detection.Dictionary.MODIFIERS;
import static fi.seloste.processor.detection.Dictionary.NEUTRAL;
import static fi.seloste.processor.detection.Dictionary.PERSON;
import static fi.seloste.processor.detection.Dictionary.PERSON_ALONE;
import static fi.seloste.processor.detection.Dictionary.REFERENCE;
import static fi.seloste.processor.detection.Dictionary.REFERENCED_PERSON;
import static fi.seloste.processor.detection.Dictionary.SENSITIVE_TAIL;
import static fi.seloste.processor.detection.Dictionary.TERMS;
import static fi.seloste.processor.detection.Dictionary.THINGS;

import fi.seloste.processor.detection.NameWords.Tok;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Catches entity fields that look like personal data although nobody has said whether they are, so that an
 * undocumented e-mail or identity-code column fails the build instead of silently missing from the privacy
 * notice.
 *
 * <p>The detector sees a field's name, its type as javac prints it and, when {@link FieldJudge} asks, what its class
 * is about ({@link Where}). It splits the name into words (camelCase, PascalCase, snake_case, kebab-case, digits),
 * folds Nordic and German letters (ä→a, ö→o, å→a, ü→u), cuts glued compounds such as {@code kotiosoite},
 * {@code geburtsdatum} or {@code customeremail} into known words, and looks up single words and runs of adjacent
 * words in a Finnish, Swedish, English and German dictionary grouped by meaning. A flagged field becomes a compile
 * error, so the rules lean towards silence:
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
 *       {@code productName} and a store's {@code latitude} are not. In a class about a person
 *       ({@link Where#ABOUT_A_PERSON}) a generic noun that starts the name needs no person word:
 *       {@code Patient.name}, {@code ChatMessage.message}. {@code age} and {@code sex} count alone or after a
 *       person word, not after {@code max} or {@code cache}.</li>
 *   <li><b>Where the class stands.</b> Words that identify a person count in any class; words that are
 *       personal only about a person (an address, a diagnosis, free text) count in a class about a person or
 *       when no class is known; in a thing (a room, a server) a password or PIN is the system's; in an
 *       organisation its own contact details are not personal; in an animal its name and birth date are its
 *       own ({@link Meaning.Scope}).</li>
 *   <li><b>References to a person.</b> A person word next to a reference word ({@code customerId},
 *       {@code patientPersonId}, {@code oidHenkilo}) points at that person: flagged. A structure word
 *       ({@code parentId}, {@code clientId}) does not.</li>
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
 *   <li>Without a class, bare {@code name}, {@code title} and {@code displayName} are not flagged: on entities
 *       they name products, categories and places more often than people. Person-qualified names are
 *       flagged, and in a person's class the bare ones too.</li>
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
 *       text, because that text is a user's name or login. Typed as a number they are not flagged by their
 *       name; a relation to a person class is flagged by {@link FieldJudge}, which knows the class.</li>
 *   <li>A person noun alone holding text ({@code String assignedNurse}, {@code kasittelija},
 *       {@code handlaggare}) holds that person's name or login: flagged.</li>
 *   <li>{@code companyName}, {@code companyAddress}, {@code supplierEmail}: not flagged. A company is not a
 *       natural person.</li>
 *   <li>Consent and preference flags ({@code emailConsent}, {@code marketingOptIn}) are not flagged: they
 *       are facts about processing, not the identifier itself.</li>
 * </ul>
 *
 * <p>The words themselves are text files per language and kind, read once by {@link Dictionary}; the type rules
 * are in {@link TypeFacts}; docs/detection.md lists them. Instances are immutable and thread-safe.
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
     * Where a field stands, as far as the detector knows: the class decides whether words that are personal only
     * about a person (an address, a diagnosis, a password) count, and whether generic nouns ({@code name},
     * {@code message}) need a person word before them.
     */
    public enum Where {
        /** The class is not known (a single name is inspected): every word counts, generic nouns need a person word. */
        ANYWHERE,
        /** A class about a person (a person, or a record about one): every word counts, generic nouns too. */
        ABOUT_A_PERSON,
        /** A class about no person (a product, a room, a code table): only words that identify a person count. */
        ELSEWHERE,
        /** A thing (a room, a server, a setting): as {@link #ELSEWHERE}, and its passwords and PINs are the system's. */
        THING,
        /** An organisation or its unit: as {@link #THING}, and its contact details are the organisation's. */
        ORGANISATION,
        /** An animal (a pet kept by its owner): as {@link #ELSEWHERE}, and its name and birth date are the animal's. */
        ANIMAL
    }

    /**
     * Decides whether an unannotated field looks personal from its name and type alone.
     *
     * @param fieldName the field or record component name
     * @param qualifiedTypeName the field type as {@code TypeMirror.toString()} prints it; may be null
     * @return why the field looks personal, or empty when it does not
     */
    public Optional<Suspicion> inspect(String fieldName, String qualifiedTypeName) {
        return inspect(fieldName, qualifiedTypeName, Where.ANYWHERE);
    }

    /**
     * Decides whether an unannotated field looks personal from its name and type, in a class of the given kind.
     *
     * @param fieldName the field or record component name
     * @param qualifiedTypeName the field type as {@code TypeMirror.toString()} prints it; may be null
     * @param where what the field's class is about
     * @return why the field looks personal, or empty when it does not
     */
    public Optional<Suspicion> inspect(String fieldName, String qualifiedTypeName, Where where) {
        TypeFacts type = TypeFacts.of(qualifiedTypeName);
        if (type.inetType != null) {
            String shown = type.shown;
            String reason = shown.equals(type.inetType)
                    ? "its type " + shown + " is an IP address"
                    : "its type " + shown + " holds " + type.inetType + " values, which are IP addresses";
            return Optional.of(new Suspicion(type.inetType, Meaning.IP_ADDRESS.description, reason));
        }
        if (fieldName == null || fieldName.isBlank() || type.kinds.equals(EnumSet.of(ValueKind.NONE))) {
            return Optional.empty();
        }
        List<Tok> toks = NameWords.tokens(fieldName);
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        Hit hit = termHit(toks, type.kinds, where);
        if (hit == null) {
            hit = actorHit(toks, type.kinds);
        }
        if (hit == null) {
            hit = personNounHit(toks, type.kinds);
        }
        if (hit == null) {
            hit = referenceHit(toks, type.kinds);
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
        return NameWords.words(name);
    }

    /** Folds Nordic and accented letters: "sähköposti" -> "sahkoposti". */
    static String fold(String s) {
        return NameWords.fold(s);
    }

    // ------------------------------------------------------------------------------------------ matching

    private static final int MAX_RUN = 5;

    private record Hit(Meaning meaning, int from, int to) {
    }

    private record Candidate(Term term, int start, int end) {
    }

    /** The first dictionary match that survives the type, tail, owner and cue rules. */
    private static Hit termHit(List<Tok> toks, Set<ValueKind> kinds, Where where) {
        int n = toks.size();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder raw = new StringBuilder();
            StringBuilder folded = new StringBuilder();
            Candidate longest = null;
            for (int j = i; j < Math.min(n, i + MAX_RUN); j++) {
                raw.append(toks.get(j).raw());
                folded.append(toks.get(j).folded());
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
            Hit hit = evaluate(c, toks, kinds, where);
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

    private static Hit evaluate(Candidate c, List<Tok> toks, Set<ValueKind> kinds, Where where) {
        Term term = c.term;
        if (!term.meaning().accepts(kinds)) {
            return null;
        }
        if (where != Where.ANYWHERE && where != Where.ABOUT_A_PERSON && term.meaning().scope == Meaning.Scope.PERSONAL) {
            return null;
        }
        if ((where == Where.THING || where == Where.ORGANISATION) && term.meaning().dataKind == Meaning.Kind.CREDENTIAL) {
            return null;
        }
        if (where == Where.ANIMAL && (term.meaning().dataKind == Meaning.Kind.NAME
                || term.meaning().dataKind == Meaning.Kind.DEMOGRAPHIC || term.meaning() == Meaning.PHOTO)) {
            return null;
        }
        if (where == Where.ORGANISATION && (term.meaning().dataKind == Meaning.Kind.CONTACT
                || term.meaning().dataKind == Meaning.Kind.LOCATION || term.meaning() == Meaning.NAME
                || term.meaning() == Meaning.PERSON_NUMBER) && !personBefore(toks, c.start)) {
            return null; // the organisation's own; a contact person's (contactPersonEmail) stays personal
        }
        int from = c.start;
        switch (term.reach()) {
            case STRONG -> {
                Set<String> exempt = term.meaning().sensitive ? SENSITIVE_TAIL : Set.of();
                for (int k = c.end; k < toks.size(); k++) {
                    String w = toks.get(k).folded();
                    if (METADATA.contains(w) && !exempt.contains(w)) {
                        return null;
                    }
                }
                if (ownedByThing(toks, c.start)) {
                    return null;
                }
            }
            case WEAK -> {
                if (!neutralTail(toks, c.end, term.meaning()) || ownedByThing(toks, c.start)) {
                    return null;
                }
            }
            case BARE -> {
                if (!neutralTail(toks, c.end, term.meaning())) {
                    return null;
                }
                for (int k = 0; k < c.start; k++) {
                    String w = toks.get(k).folded();
                    if (!PERSON.contains(w) && !MODIFIERS.contains(w)) {
                        return null;
                    }
                }
                from = 0;
            }
            case CUED -> {
                if (!neutralTail(toks, c.end, term.meaning())) {
                    return null;
                }
                int k = c.start - 1;
                Set<String> cues = term.meaning() == Meaning.LOCATION ? LOCATION_CUES : PERSON;
                while (k >= 0 && !cues.contains(toks.get(k).folded()) && MODIFIERS.contains(toks.get(k).folded())) {
                    k--;
                }
                if (k < 0 || !cues.contains(toks.get(k).folded())) {
                    // in a class about a person, its name, message or location needs no person word before it
                    if (where != Where.ABOUT_A_PERSON || term.meaning() == Meaning.PERSON_NUMBER || k >= 0) {
                        return null;
                    }
                    k = c.start;
                }
                from = withPersonWordsBefore(toks, k);
            }
            default -> throw new IllegalStateException(term.reach().name());
        }
        return new Hit(term.meaning(), from, c.end);
    }

    /** Whether a person word stands before {@code start}: {@code contactPersonEmail}, {@code ansprechpartnerTelefon}. */
    private static boolean personBefore(List<Tok> toks, int start) {
        for (int k = start - 1; k >= 0; k--) {
            String w = toks.get(k).folded();
            if (PERSON.contains(w) && !Dictionary.STRUCTURE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the nearest owner word before {@code start} is a machine, service or organisation. */
    private static boolean ownedByThing(List<Tok> toks, int start) {
        for (int k = start - 1; k >= 0; k--) {
            String w = toks.get(k).folded();
            if (PERSON.contains(w)) {
                return false;
            }
            if (THINGS.contains(w) || Dictionary.ORGANISATION_CLASS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean neutralTail(List<Tok> toks, int end, Meaning meaning) {
        for (int k = end; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (!t.digits() && !NEUTRAL.contains(t.folded())
                    && !(meaning == Meaning.MESSAGE && MESSAGE_TAIL.contains(t.folded()))) {
                return false;
            }
        }
        return true;
    }

    /** Widens a match to the person words right before it: "emergencyContactName", not "ContactName". */
    private static int withPersonWordsBefore(List<Tok> toks, int from) {
        while (from > 0 && PERSON.contains(toks.get(from - 1).folded())) {
            from--;
        }
        return from;
    }

    /** {@code createdBy}, {@code lastModifiedBy}, {@code skapadAv} holding text: whoever did it. */
    private static Hit actorHit(List<Tok> toks, Set<ValueKind> kinds) {
        int n = toks.size();
        if (n < 2 || !kinds.contains(ValueKind.TEXT) || !BY.contains(toks.get(n - 1).folded())
                || !ACTOR_VERBS.contains(toks.get(n - 2).folded())) {
            return null;
        }
        return new Hit(Meaning.ACTOR, n - 2, n);
    }

    /** A person noun at the end of a text field ({@code String assignedNurse}) holds a name or login. */
    private static Hit personNounHit(List<Tok> toks, Set<ValueKind> kinds) {
        int last = toks.size() - 1;
        if (!kinds.contains(ValueKind.TEXT) || !PERSON_ALONE.contains(singular(toks.get(last).folded()))
                || ownedByThing(toks, last)) {
            return null;
        }
        return new Hit(Meaning.PERSON, withPersonWordsBefore(toks, last), last + 1);
    }

    /**
     * A person word next to a reference word ({@code customerId}, {@code patientPersonId}, {@code oidHenkilo}): the
     * field points at that person, so whoever reads the row can tell who it is about. A structure word before the
     * reference ({@code parentId}) names a row, not a person.
     */
    private static Hit referenceHit(List<Tok> toks, Set<ValueKind> kinds) {
        if (!Meaning.PERSON_REFERENCE.accepts(kinds)) {
            return null;
        }
        for (int k = 0; k < toks.size(); k++) {
            if (!REFERENCE.contains(toks.get(k).folded())) {
                continue;
            }
            if (k > 0 && REFERENCED_PERSON.contains(toks.get(k - 1).folded()) && !ownedByThing(toks, k - 1)) {
                return new Hit(Meaning.PERSON_REFERENCE, withPersonWordsBefore(toks, k - 1), k + 1);
            }
            if (k + 1 < toks.size() && REFERENCED_PERSON.contains(toks.get(k + 1).folded())) {
                return new Hit(Meaning.PERSON_REFERENCE, k, k + 2);
            }
        }
        return null;
    }

    /** "recipients" -> "recipient"; a word without an English plural ending is returned as it is. */
    private static String singular(String word) {
        if (word.length() >= 5 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
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
        int start = toks.get(from).start();
        int end = toks.get(to - 1).end();
        if (start < 0 || end > name.length() || start >= end) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                sb.append(toks.get(i).raw());
            }
            return sb.toString();
        }
        return name.substring(start, end);
    }
}
