package fi.seloste.index;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import java.util.Map;

/**
 * A purpose of processing declared with {@code @Purpose}: its texts, legal basis and conditions.
 *
 * @param key the stable key
 * @param texts the purpose by language
 * @param basis the Art. 6(1) basis
 * @param legitimateInterest the legitimate interest by language, empty unless the basis is legitimate interests
 * @param law the law that lays down the basis (Art. 6(3)) by language, possibly empty
 * @param directMarketing whether the purpose is direct marketing (Art. 21(2))
 * @param specialCondition the Art. 9(2) condition, or {@code null}
 * @param declaredIn binary name of the declaring class
 * @param origin where the declaration was read from; set by {@link IndexReader}, never written
 */
public record Purpose(String key, Map<String, String> texts, LegalBasis basis, Map<String, String> legitimateInterest,
        Map<String, String> law, boolean directMarketing, SpecialCategoryCondition specialCondition, String declaredIn, String origin) {

    /** Texts left out are empty, never null; none can change. */
    public Purpose {
        texts = Records.map(texts);
        legitimateInterest = Records.map(legitimateInterest);
        law = Records.map(law);
    }

    /** @return where it is declared, for messages: the index it came from and the declaring class */
    public String whereDeclared() {
        return Records.whereDeclared(origin, declaredIn);
    }

    /**
     * @param other another declaration of the same key
     * @return whether both say the same (where they are declared aside)
     */
    public boolean sameContent(Purpose other) {
        return texts.equals(other.texts) && basis == other.basis && legitimateInterest.equals(other.legitimateInterest)
                && law.equals(other.law) && directMarketing == other.directMarketing && specialCondition == other.specialCondition;
    }
}
