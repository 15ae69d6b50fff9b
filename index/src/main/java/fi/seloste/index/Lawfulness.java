package fi.seloste.index;

import fi.seloste.LegalBasis;

/**
 * The legal facts of a field's free-text purposes, in a project without a purpose catalogue: what a
 * {@link Purpose} says of itself, declared on the field, its classes, package or register instead.
 *
 * @param basis the Art. 6(1) basis
 * @param legitimateInterest the legitimate interest pursued, or {@code null}
 * @param law the law that lays down the basis (Art. 6(3)), or {@code null}
 * @param directMarketing whether the purposes are direct marketing (Art. 21(2))
 */
public record Lawfulness(LegalBasis basis, String legitimateInterest, String law, boolean directMarketing) {}
