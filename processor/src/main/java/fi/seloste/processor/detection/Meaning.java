package fi.seloste.processor.detection;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a matched word suggests a field holds, worded for the compile error ("an e-mail address"), with the value
 * kinds that can hold it; each meaning's words are read from {@code words/<language>/<meaning>-<reach>.txt}.
 */
enum Meaning {
    EMAIL("an e-mail address", ValueKind.WORDS, false, Kind.CONTACT, Scope.ANY),
    PHONE("a telephone number", ValueKind.IDENTIFIER, false, Kind.CONTACT, Scope.ANY),
    IDENTITY_CODE("a national identity number", ValueKind.IDENTIFIER, false, Kind.IDENTIFIER, Scope.ANY),
    NAME("a person's name", ValueKind.WORDS, false, Kind.NAME, Scope.ANY),
    ADDRESS("a postal address", ValueKind.WORDS, false, Kind.LOCATION, Scope.PERSONAL),
    HOME_MUNICIPALITY("a home municipality", ValueKind.IDENTIFIER, false, Kind.LOCATION, Scope.PERSONAL),
    POSTAL_CODE("a postal code", ValueKind.IDENTIFIER, false, Kind.LOCATION, Scope.PERSONAL),
    BIRTH_DATE("a date of birth", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.TEMPORAL, ValueKind.BINARY, ValueKind.OTHER),
            false, Kind.DEMOGRAPHIC, Scope.ANY),
    BIRTH_PLACE("a place of birth", ValueKind.WORDS, false, Kind.DEMOGRAPHIC, Scope.PERSONAL),
    AGE("a person's age", ValueKind.IDENTIFIER, false, Kind.DEMOGRAPHIC, Scope.PERSONAL),
    IP_ADDRESS("an IP address", ValueKind.IDENTIFIER, false, Kind.ONLINE_ID, Scope.ANY),
    BANK_ACCOUNT("a bank account number", ValueKind.IDENTIFIER, false, Kind.FINANCE, Scope.PERSONAL),
    PAYMENT_CARD("a payment card number", ValueKind.IDENTIFIER, false, Kind.FINANCE, Scope.ANY),
    GENDER("a person's gender", ValueKind.WORDS, false, Kind.DEMOGRAPHIC, Scope.PERSONAL),
    SPECIAL_CATEGORY("data on origin, beliefs, union membership, sexual orientation or criminal record",
            EnumSet.of(ValueKind.TEXT, ValueKind.BOOLEAN, ValueKind.BINARY, ValueKind.OTHER), true, Kind.HEALTH, Scope.PERSONAL),
    NATIONALITY("a nationality", ValueKind.WORDS, false, Kind.DEMOGRAPHIC, Scope.PERSONAL),
    IDENTITY_DOCUMENT("an identity document number", ValueKind.IDENTIFIER, false, Kind.IDENTIFIER, Scope.ANY),
    LOCATION("a person's location", ValueKind.IDENTIFIER, false, Kind.LOCATION, Scope.PERSONAL),
    DEVICE_IDENTIFIER("a device or online identifier", ValueKind.IDENTIFIER, false, Kind.ONLINE_ID, Scope.ANY),
    USERNAME("a username", ValueKind.WORDS, false, Kind.ONLINE_ID, Scope.ANY),
    CREDENTIAL("a password or PIN", ValueKind.WORDS, false, Kind.CREDENTIAL, Scope.ANY),
    HEALTH("health data", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.BOOLEAN, ValueKind.BINARY, ValueKind.OTHER), true,
            Kind.HEALTH, Scope.PERSONAL),
    PAY("salary or income", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.OTHER), false, Kind.FINANCE, Scope.ANY),
    SIGNATURE("a signature", ValueKind.WORDS, false, Kind.IDENTIFIER, Scope.ANY),
    PHOTO("a photo of a person", ValueKind.WORDS, false, Kind.OTHER, Scope.ANY),
    PERSON_NUMBER("a customer, member or employee number", ValueKind.IDENTIFIER, false, Kind.IDENTIFIER, Scope.ANY),
    MOTHER_TONGUE("a mother tongue", ValueKind.WORDS, false, Kind.DEMOGRAPHIC, Scope.PERSONAL),
    MARITAL_STATUS("a marital status", ValueKind.WORDS, true, Kind.DEMOGRAPHIC, Scope.PERSONAL),
    SAFETY_MARKING("a non-disclosure marking for personal safety",
            EnumSet.of(ValueKind.TEXT, ValueKind.BOOLEAN, ValueKind.OTHER), true, Kind.OTHER, Scope.PERSONAL),
    MESSAGE("free text written by or about a person", ValueKind.WORDS, false, Kind.FREE_TEXT, Scope.PERSONAL),
    PERSON("the name or login of a person", EnumSet.of(ValueKind.TEXT), false, Kind.NAME, Scope.ANY),
    ACTOR("the name or login of the person who did it", EnumSet.of(ValueKind.TEXT), false, Kind.ONLINE_ID, Scope.ANY),
    PERSON_REFERENCE("a reference to a person", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.BINARY, ValueKind.OTHER),
            false, Kind.IDENTIFIER, Scope.ANY),
    ACTOR_REFERENCE("a reference to the person who did it", EnumSet.of(ValueKind.NUMBER, ValueKind.BINARY, ValueKind.OTHER),
            false, Kind.IDENTIFIER, Scope.ANY);

    /**
     * The kinds of personal data the word lists are grouped by in the documentation (docs/detection.md); each meaning
     * belongs to one.
     */
    enum Kind { NAME, CONTACT, IDENTIFIER, LOCATION, CREDENTIAL, HEALTH, FINANCE, FREE_TEXT, ONLINE_ID, DEMOGRAPHIC, OTHER }

    /**
     * Where a word counts once the detector knows the field's class: {@code ANY} words identify a person wherever they
     * stand (an e-mail address, an identity number); {@code PERSONAL} words are personal only in a class about a person
     * (an address, a diagnosis: in a warehouse or a diagnosis code table they are not). Passwords count anywhere but in
     * things and organisations (a server's or a room's PIN is the system's). Without a class, as {@link PersonalFieldDetector#inspect(String, String)} is called, every word counts.
     */
    enum Scope { ANY, PERSONAL }

    final String description;
    final Set<ValueKind> kinds;
    /** Special-category or similar: "status", "result", "level" after the word do not make it metadata. */
    final boolean sensitive;
    /** The kind of personal data, as docs/detection.md groups the word lists. */
    final Kind dataKind;
    /** Whether the word counts in any class or only in a class about a person. */
    final Scope scope;

    Meaning(String description, Set<ValueKind> kinds, boolean sensitive, Kind kind, Scope scope) {
        this.description = description;
        this.kinds = kinds;
        this.sensitive = sensitive;
        this.dataKind = kind;
        this.scope = scope;
    }

    /** The stem of this meaning's word files: {@code IDENTITY_CODE} reads {@code identity-code-strong.txt}. */
    String fileStem() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean accepts(Set<ValueKind> actual) {
        for (ValueKind k : actual) {
            if (kinds.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
