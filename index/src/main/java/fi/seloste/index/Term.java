package fi.seloste.index;

import fi.seloste.RecipientKind;
import fi.seloste.SourceKind;
import fi.seloste.TransferSafeguard;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of a vocabulary (a source, data category, data subject group or recipient) with its names, declared
 * with {@code @Source}, {@code @DataCategory}, {@code @DataSubject} or {@code @Recipient}, or built in.
 *
 * @param vocabulary which vocabulary it belongs to
 * @param key the stable key
 * @param texts the name by language
 * @param special for categories: special-category data (Art. 9)
 * @param identityCode for categories: a personal identity code
 * @param recipientKind for recipients: processor, independent controller or authority ({@code kind} in the index)
 * @param country for recipients: the third country, or {@code null}
 * @param safeguard for recipients: the transfer safeguard, or {@code null}
 * @param sourceKind for sources: who the source is, or {@code null} when not declared
 * @param declaredIn binary name of the declaring class
 * @param origin where the declaration was read from; set by {@link IndexReader}, never written
 */
public record Term(Vocabulary vocabulary, String key, Map<String, String> texts, boolean special, boolean identityCode,
        RecipientKind recipientKind, String country, TransferSafeguard safeguard, SourceKind sourceKind, String declaredIn, String origin) {

    /** Texts left out are empty, never null; none can change. */
    public Term {
        texts = Records.map(texts);
    }

    /** @return where it is declared, for messages: the index it came from and the declaring class */
    public String whereDeclared() {
        return Records.whereDeclared(origin, declaredIn);
    }

    /**
     * @param other another declaration of the same key in the same vocabulary
     * @return whether both say the same (where they are declared aside)
     */
    public boolean sameContent(Term other) {
        return texts.equals(other.texts) && special == other.special && identityCode == other.identityCode
                && recipientKind == other.recipientKind && Objects.equals(country, other.country)
                && safeguard == other.safeguard && sourceKind == other.sourceKind;
    }
}
