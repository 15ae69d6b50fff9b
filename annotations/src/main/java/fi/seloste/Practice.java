package fi.seloste;

/**
 * A practice a privacy notice must speak about even when the answer is no. A notice states that data are not
 * regularly disclosed, not transferred outside the EU/EEA, or not used for automated decisions only when the
 * register or the organisation declares it; without that declaration the build fails rather than guess.
 *
 * <pre>{@code
 * @Register(id = "chat", fi = "Chat-rekisteri",
 *           none = {Practice.REGULAR_DISCLOSURES, Practice.TRANSFERS, Practice.AUTOMATED_DECISIONS})
 * }</pre>
 */
public enum Practice {
    /** Regular disclosures to other controllers or authorities (Art. 13(1)(e), 14(1)(e)). */
    REGULAR_DISCLOSURES,
    /** Transfers to a country outside the EU/EEA or an international organisation (Art. 13(1)(f), 14(1)(f)). */
    TRANSFERS,
    /** Automated decisions, including profiling, with legal or similarly significant effects (Art. 22). */
    AUTOMATED_DECISIONS
}
