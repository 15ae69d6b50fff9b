package fi.seloste.maven;

import java.util.Map;

/**
 * A right the notices add to the GDPR's, such as a national one, in the {@code <additionalRights>} parameter.
 *
 * <pre>{@code
 * <additionalRights>
 *   <right>
 *     <register>customers</register>
 *     <title><fi>Oikeus kieltää tietojen luovuttaminen Kanta-palveluihin</fi><sv>…</sv><en>…</en></title>
 *     <text><fi>Voit kieltää …</fi><sv>…</sv><en>…</en></text>
 *   </right>
 * </additionalRights>
 * }</pre>
 */
public class RightConfig {

    /** The id of the register whose notice lists it; leave out for every register. */
    String register;

    /** The right's title by language; every notice language is required. */
    Map<String, String> title;

    /** What the right means, by language; every notice language is required. */
    Map<String, String> text;
}
