package fi.seloste.core.model;

import fi.seloste.RecipientKind;
import fi.seloste.TransferSafeguard;
import java.util.Map;

/**
 * An entry of a vocabulary (a source, data category, data subject group or recipient) with its names.
 *
 * @param kind which vocabulary
 * @param key the stable key
 * @param texts the name by language
 * @param special for categories: special-category data
 * @param identityCode for categories: a personal identity code
 * @param recipientKind for recipients: processor, independent controller or authority
 * @param country for recipients: the third country, or {@code null}
 * @param safeguard for recipients: the transfer safeguard, or {@code null}
 * @param origin where the declaration came from
 */
public record Term(Vocabulary kind, String key, Map<String, String> texts, boolean special, boolean identityCode,
        RecipientKind recipientKind, String country, TransferSafeguard safeguard, String origin) {

    /** The vocabularies, named as in the index. */
    public enum Vocabulary {
        SOURCES("sources"), CATEGORIES("categories"), SUBJECTS("subjects"), RECIPIENTS("recipients");

        private final String indexName;

        Vocabulary(String indexName) {
            this.indexName = indexName;
        }

        /** @return the vocabulary's name in the index */
        public String indexName() {
            return indexName;
        }
    }
}
