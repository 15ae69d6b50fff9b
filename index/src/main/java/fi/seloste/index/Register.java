package fi.seloste.index;

import fi.seloste.Practice;
import java.util.List;
import java.util.Map;

/**
 * A register (processing activity) declared in code with {@code @Register}.
 *
 * @param id the stable id
 * @param names the name by language
 * @param descriptions the description by language
 * @param subjects data-subject keys
 * @param purposes default purpose keys
 * @param publicAuthority whether a public authority keeps it
 * @param none the practices the register declares it does not use
 * @param declaredIn binary name of the declaring class, or the package name
 * @param origin where the declaration was read from; set by {@link IndexReader}, never written
 */
public record Register(String id, Map<String, String> names, Map<String, String> descriptions, List<String> subjects,
        List<String> purposes, boolean publicAuthority, List<Practice> none, String declaredIn, String origin) {

    /** Texts and lists left out are empty, never null; none can change. */
    public Register {
        names = Records.map(names);
        descriptions = Records.map(descriptions);
        subjects = Records.list(subjects);
        purposes = Records.list(purposes);
        none = Records.list(none);
    }

    /** @return where it is declared, for messages: the index it came from and the declaring class or package */
    public String whereDeclared() {
        return Records.whereDeclared(origin, declaredIn);
    }
}
