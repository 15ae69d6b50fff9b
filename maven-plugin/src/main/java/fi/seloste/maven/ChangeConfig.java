package fi.seloste.maven;

/**
 * One {@code <change>} of the notice's change history.
 *
 * <pre>{@code
 * <changes>
 *   <change><date>2026-02-13</date><description>Chat-palvelun IP-osoitteet lisätty</description></change>
 * </changes>
 * }</pre>
 */
public class ChangeConfig {

    /** The date of the change, as {@code yyyy-MM-dd}. Required. */
    String date;

    /** What changed. Required. */
    String description;
}
