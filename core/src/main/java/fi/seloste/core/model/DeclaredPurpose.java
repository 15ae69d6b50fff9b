package fi.seloste.core.model;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Lawfulness;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Purpose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A purpose of one register with the legal facts a notice states about it, whichever way it was declared: a
 * {@code @Purpose} of the catalogue, or a free text whose basis its fields declare. The record, the notices and the
 * checks all read purposes through it, so a free-text purpose has a basis everywhere or the build fails.
 *
 * @param key the catalogue key, or the free text itself
 * @param freeText whether it is a free text (single-language mode)
 * @param texts the purpose by language (a free text only in Finnish)
 * @param basis the Art. 6(1) basis
 * @param legitimateInterest the legitimate interest by language, possibly empty
 * @param law the law that lays down the basis (Art. 6(3)) by language, possibly empty
 * @param directMarketing whether it is direct marketing (Art. 21(2))
 * @param specialCondition the Art. 9(2) condition of the purpose, or {@code null}
 * @param whereDeclared where it is declared, for messages
 */
public record DeclaredPurpose(String key, boolean freeText, Map<String, String> texts, LegalBasis basis,
        Map<String, String> legitimateInterest, Map<String, String> law, boolean directMarketing,
        SpecialCategoryCondition specialCondition, String whereDeclared) {

    public DeclaredPurpose {
        texts = Map.copyOf(texts);
        legitimateInterest = Map.copyOf(legitimateInterest);
        law = Map.copyOf(law);
    }

    /**
     * The purposes of a register in the order its fields name them. A field from a free-text index (one that carries
     * {@link PersonalField#lawfulness()} or names no catalogue purpose) gives free-text purposes, never looked up in
     * the catalogue; the same text with two different bases gives two purposes.
     *
     * @param activity the register
     * @param catalogue the merged declarations
     * @param problems where a free-text purpose without a basis and an unknown key are reported
     * @return the purposes
     */
    public static List<DeclaredPurpose> of(ProcessingActivity activity, Catalogue catalogue, Problems problems) {
        Map<Object, DeclaredPurpose> purposes = new LinkedHashMap<>();
        for (PersonalField f : activity.fields()) {
            for (String key : f.purposes()) {
                // a free-text index's purposes are its own texts: never looked up among another index's keys
                Purpose p = f.lawfulness() == null && !catalogue.freeTextIndex(f.origin()) ? catalogue.purposes().get(key) : null;
                if (p != null) {
                    purposes.computeIfAbsent(key, k -> new DeclaredPurpose(key, false, p.texts(), p.basis(),
                            p.legitimateInterest(), p.law(), p.directMarketing(), p.specialCondition(), p.whereDeclared()));
                    continue;
                }
                Lawfulness l = f.lawfulness();
                if (l == null || l.basis() == null) {
                    if (catalogue.freeText()) {
                        problems.report(Diagnostic.BASIS_UNDECLARED, f.className(), f.field(),
                                f.origin() == null ? "this module" : f.origin(), key);
                    } else {
                        problems.report(Diagnostic.UNKNOWN_KEY, "purpose", key);
                    }
                    continue;
                }
                purposes.computeIfAbsent(List.of(key, l), k -> new DeclaredPurpose(key, true, Map.of("fi", key), l.basis(),
                        finnish(l.legitimateInterest()), finnish(l.law()), l.directMarketing(), null,
                        f.className() + "." + f.field() + (f.origin() == null ? "" : " in " + f.origin())));
            }
        }
        return new ArrayList<>(purposes.values());
    }

    private static Map<String, String> finnish(String text) {
        return text == null || text.isBlank() ? Map.of() : Map.of("fi", text);
    }

    /** @return whether a law must lay down the basis (Art. 6(3)): legal obligation or public task */
    public boolean needsLaw() {
        return basis == LegalBasis.LEGAL_OBLIGATION || basis == LegalBasis.PUBLIC_TASK;
    }

    /** @return the Finnish text, for messages */
    public String name() {
        return Objects.requireNonNullElse(texts.get("fi"), key);
    }
}
