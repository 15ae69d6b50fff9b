package fi.seloste.core.model;

import java.util.List;
import java.util.Map;

/**
 * A register declared in code with {@code @Register}.
 *
 * @param id the stable id
 * @param names the name by language
 * @param descriptions the description by language
 * @param subjects data-subject keys
 * @param purposes default purpose keys
 * @param publicAuthority whether a public authority keeps it
 * @param origin where the declaration came from
 */
public record Register(String id, Map<String, String> names, Map<String, String> descriptions, List<String> subjects,
        List<String> purposes, boolean publicAuthority, String origin) {}
