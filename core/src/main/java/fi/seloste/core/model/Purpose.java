package fi.seloste.core.model;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import java.util.Map;

/**
 * A purpose declared with {@code @Purpose}: its texts, legal basis and conditions.
 *
 * @param key the stable key
 * @param texts the purpose by language
 * @param basis the Art. 6(1) basis
 * @param legitimateInterest the legitimate interest by language (empty unless the basis is 6(1)(f))
 * @param specialCondition the Art. 9(2) condition, or {@code null}
 * @param origin where the declaration came from
 */
public record Purpose(String key, Map<String, String> texts, LegalBasis basis, Map<String, String> legitimateInterest,
        SpecialCategoryCondition specialCondition, String origin) {}
