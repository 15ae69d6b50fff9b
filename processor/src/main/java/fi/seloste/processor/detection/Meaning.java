package fi.seloste.processor.detection;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a matched word suggests a field holds, worded for the compile error ("an e-mail address"), with the value
 * kinds that can hold it; each meaning's words are read from {@code words/<language>/<meaning>-<reach>.txt}.
 */
enum Meaning {
    EMAIL("an e-mail address", ValueKind.WORDS, false),
    PHONE("a telephone number", ValueKind.IDENTIFIER, false),
    IDENTITY_CODE("a national identity number", ValueKind.IDENTIFIER, false),
    NAME("a person's name", ValueKind.WORDS, false),
    ADDRESS("a postal address", ValueKind.WORDS, false),
    HOME_MUNICIPALITY("a home municipality", ValueKind.IDENTIFIER, false),
    POSTAL_CODE("a postal code", ValueKind.IDENTIFIER, false),
    BIRTH_DATE("a date of birth", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.TEMPORAL, ValueKind.BINARY, ValueKind.OTHER),
            false),
    BIRTH_PLACE("a place of birth", ValueKind.WORDS, false),
    AGE("a person's age", ValueKind.IDENTIFIER, false),
    IP_ADDRESS("an IP address", ValueKind.IDENTIFIER, false),
    BANK_ACCOUNT("a bank account number", ValueKind.IDENTIFIER, false),
    PAYMENT_CARD("a payment card number", ValueKind.IDENTIFIER, false),
    GENDER("a person's gender", ValueKind.WORDS, false),
    SPECIAL_CATEGORY("data on origin, beliefs, union membership, sexual orientation or criminal record",
            EnumSet.of(ValueKind.TEXT, ValueKind.BOOLEAN, ValueKind.BINARY, ValueKind.OTHER), true),
    NATIONALITY("a nationality", ValueKind.WORDS, false),
    IDENTITY_DOCUMENT("an identity document number", ValueKind.IDENTIFIER, false),
    LOCATION("a person's location", ValueKind.IDENTIFIER, false),
    DEVICE_IDENTIFIER("a device or online identifier", ValueKind.IDENTIFIER, false),
    USERNAME("a username", ValueKind.WORDS, false),
    CREDENTIAL("a password or PIN", ValueKind.WORDS, false),
    HEALTH("health data", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.BOOLEAN, ValueKind.BINARY, ValueKind.OTHER), true),
    PAY("salary or income", EnumSet.of(ValueKind.TEXT, ValueKind.NUMBER, ValueKind.OTHER), false),
    SIGNATURE("a signature", ValueKind.WORDS, false),
    PHOTO("a photo of a person", ValueKind.WORDS, false),
    PERSON_NUMBER("a customer, member or employee number", ValueKind.IDENTIFIER, false),
    MOTHER_TONGUE("a mother tongue", ValueKind.WORDS, false),
    MARITAL_STATUS("a marital status", ValueKind.WORDS, true),
    SAFETY_MARKING("a non-disclosure marking for personal safety",
            EnumSet.of(ValueKind.TEXT, ValueKind.BOOLEAN, ValueKind.OTHER), true),
    MESSAGE("free text written by or about a person", ValueKind.WORDS, false),
    PERSON("the name or login of a person", EnumSet.of(ValueKind.TEXT), false),
    ACTOR("the name or login of the person who did it", EnumSet.of(ValueKind.TEXT), false);

    final String description;
    final Set<ValueKind> kinds;
    /** Special-category or similar: "status", "result", "level" after the word do not make it metadata. */
    final boolean sensitive;

    Meaning(String description, Set<ValueKind> kinds, boolean sensitive) {
        this.description = description;
        this.kinds = kinds;
        this.sensitive = sensitive;
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
