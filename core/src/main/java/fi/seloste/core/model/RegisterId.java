package fi.seloste.core.model;

import java.util.regex.Pattern;

/**
 * The rule for register ids, in one place: an id names the register's notice files, so only a safe file name is
 * accepted (lower-case letters, digits and hyphens, starting with a letter, at most 64 characters).
 */
public final class RegisterId {

    private static final Pattern SAFE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private RegisterId() {}

    /**
     * @param id a register id from an index
     * @return whether it is safe to use in a file name
     */
    public static boolean isSafe(String id) {
        return SAFE.matcher(id).matches();
    }
}
