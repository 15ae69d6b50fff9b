package fi.seloste.processor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The catalogue entries a module declares in code: purposes, vocabulary entries and registers. */
public final class Declarations {

    private Declarations() {}

    /**
     * A purpose of processing.
     *
     * @param key the stable key
     * @param texts the purpose by language
     * @param basis the Art. 6(1) basis, a {@link fi.seloste.LegalBasis} name
     * @param legitimateInterest the legitimate interest by language, empty unless the basis is legitimate interests
     * @param specialCondition the Art. 9(2) condition name, or {@code null}
     * @param declaredIn binary name of the declaring class
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Purpose(String key, Map<String, String> texts, String basis, Map<String, String> legitimateInterest,
            String specialCondition, String declaredIn) {
        public Purpose {
            texts = texts == null ? Map.of() : texts;
            legitimateInterest = legitimateInterest == null ? Map.of() : legitimateInterest;
        }
    }

    /**
     * An entry of a vocabulary: a source, a data category, a data subject group or a recipient.
     *
     * @param key the stable key
     * @param texts the name by language
     * @param special for categories: special category data (Art. 9)
     * @param identityCode for categories: a personal identity code
     * @param kind for recipients: a {@link fi.seloste.RecipientKind} name
     * @param country for recipients: the third country, or {@code null}
     * @param safeguard for recipients: a {@link fi.seloste.TransferSafeguard} name, or {@code null}
     * @param declaredIn binary name of the declaring class
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Term(String key, Map<String, String> texts, boolean special, boolean identityCode, String kind,
            String country, String safeguard, String declaredIn) {
        public Term {
            texts = texts == null ? Map.of() : texts;
        }
    }

    /**
     * A register (processing activity).
     *
     * @param id the stable id
     * @param names the name by language
     * @param descriptions the description by language
     * @param subjects data-subject keys
     * @param purposes default purpose keys
     * @param publicAuthority whether a public authority keeps it
     * @param declaredIn binary name of the declaring class, or the package name
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Register(String id, Map<String, String> names, Map<String, String> descriptions, List<String> subjects,
            List<String> purposes, boolean publicAuthority, String declaredIn) {
        public Register {
            names = names == null ? Map.of() : names;
            descriptions = descriptions == null ? Map.of() : descriptions;
            subjects = subjects == null ? List.of() : subjects;
            purposes = purposes == null ? List.of() : purposes;
        }
    }

    /**
     * A field that looks personal but carries no seloste annotation, recorded when the processor runs
     * with {@code -Aseloste.undeclared=warning} so that {@code seloste:check} can still fail.
     *
     * @param className binary name of the class
     * @param field the field name
     * @param javaType the field type
     * @param reason why it was flagged
     * @param sourceFile the source file, or {@code null}
     * @param line the line, or 0
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Undeclared(String className, String field, String javaType, String reason, String sourceFile, int line) {}
}
