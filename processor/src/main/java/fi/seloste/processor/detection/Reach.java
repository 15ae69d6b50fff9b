package fi.seloste.processor.detection;

import java.util.Locale;

/**
 * How much context a dictionary word needs before it counts, so that ambiguous and generic words ({@code mail},
 * {@code name}, {@code age}) flag a field only where they clearly mean a person's data.
 */
enum Reach {
    /** Counts anywhere unless metadata follows or a machine/organisation word owns it. */
    STRONG,
    /** Ambiguous short word: counts only at the end of the name (before neutral words like "number"). */
    WEAK,
    /** Counts alone or after person words only: {@code age}, {@code patientAge}, not {@code maxAge}. */
    BARE,
    /** Generic noun: counts only right after a person word (or a location cue). */
    CUED;

    /** How this reach ends a word file's name: {@code email-weak.txt}. */
    String fileSuffix() {
        return "-" + name().toLowerCase(Locale.ROOT);
    }
}
