package fi.seloste.processor.detection;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a field's type can hold, so that a word only counts on a type able to carry the data it names: an e-mail
 * address needs text, a birth date may be a date, a health answer may be a yes/no.
 */
enum ValueKind {
    TEXT, NUMBER, BOOLEAN, TEMPORAL, BINARY, OTHER, NONE;

    /** The kinds an identifier (a number, a code) can be stored as. */
    static final Set<ValueKind> IDENTIFIER = EnumSet.of(TEXT, NUMBER, BINARY, OTHER);
    /** The kinds words and text can be stored as. */
    static final Set<ValueKind> WORDS = EnumSet.of(TEXT, BINARY, OTHER);
}
