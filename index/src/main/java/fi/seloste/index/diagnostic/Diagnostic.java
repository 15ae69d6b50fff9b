package fi.seloste.index.diagnostic;

import java.util.Locale;

/**
 * One entry of seloste's catalogue of diagnostics, the one mechanism behind both halves: the processor's
 * {@code SELOSTE-P…} ids and the plugin's {@code SELOSTE-M…} ids are enums implementing this, each id stable and
 * explained in {@code docs/errors.md}, each message saying where, what is wrong and how to fix it.
 */
public interface Diagnostic {

    /** @return the stable id, such as {@code SELOSTE-P101} or {@code SELOSTE-M201} */
    String id();

    /** @return how bad it is */
    Severity severity();

    /** @return the message template, with {@code %s} (and {@code %d}, {@code %n}) placeholders */
    String template();

    /**
     * @param args values for the placeholders
     * @return the message, prefixed with {@code [id]}, formatted the same under every locale, with {@code \n}
     *     line ends
     */
    default String format(Object... args) {
        return "[" + id() + "] " + String.format(Locale.ROOT, template(), args).replace("\r\n", "\n");
    }
}
