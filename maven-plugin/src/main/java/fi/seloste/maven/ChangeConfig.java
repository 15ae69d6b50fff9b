package fi.seloste.maven;

/**
 * One {@code <change>} of the notice's change history, in every notice language.
 *
 * <pre>{@code
 * <changes>
 *   <change>
 *     <date>2026-02-13</date>
 *     <description>Chat-palvelun IP-osoitteet lisätty</description>
 *     <descriptionSv>IP-adresserna i chattjänsten har lagts till</descriptionSv>
 *     <descriptionEn>IP addresses of the chat service added</descriptionEn>
 *   </change>
 * </changes>
 * }</pre>
 */
public class ChangeConfig {

    /** The date of the change, as {@code yyyy-MM-dd}. Required. The latest one is the notice's date. */
    String date;

    /** What changed, in Finnish. Required. */
    String description;

    /** What changed, in Swedish; required in Swedish notices. */
    String descriptionSv;

    /** What changed, in English; required in English notices. */
    String descriptionEn;
}
