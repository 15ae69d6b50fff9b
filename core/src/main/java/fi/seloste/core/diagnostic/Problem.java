package fi.seloste.core.diagnostic;

/**
 * One thing wrong with the input, ready to show to the user.
 *
 * @param diagnostic which catalogue entry it is
 * @param message the full message, starting with the diagnostic id
 */
public record Problem(Diagnostic diagnostic, String message) {}
