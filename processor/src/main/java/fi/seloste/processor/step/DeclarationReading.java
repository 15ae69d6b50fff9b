package fi.seloste.processor.step;

import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.index.Vocabulary;
import fi.seloste.processor.validation.DeclarationReader;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.LegalFacts;
import fi.seloste.processor.validation.Reporter;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Step 1, read declarations: registers, purposes and vocabulary terms go into the catalogue before any field is
 * resolved, because fields refer to them. The first round also reads the built-in vocabularies and the catalogue
 * classes named by {@code -Aseloste.catalogues}.
 */
public final class DeclarationReading {

    /** {@code -Aseloste.catalogues=a.b.Purposes,...}: catalogue classes on the class path. */
    public static final String OPTION_CATALOGUES = "seloste.catalogues";

    private final Elements elements;
    private final Reporter reporter;
    private final DeclarationReader declarations;
    private final LegalFacts legalFacts;
    private final String cataloguesOption;

    public DeclarationReading(Elements elements, Reporter reporter, DeclarationReader declarations, LegalFacts legalFacts,
            String cataloguesOption) {
        this.elements = elements;
        this.reporter = reporter;
        this.declarations = declarations;
        this.legalFacts = legalFacts;
        this.cataloguesOption = cataloguesOption;
    }

    /** The vocabularies seloste ships with, read first so that anything else may use their terms. */
    public void readBuiltIns() {
        for (Vocabulary kind : Vocabulary.values()) {
            if (kind.builtIn() != null) {
                TypeElement type = elements.getTypeElement(kind.builtIn());
                if (type != null) {
                    declarations.readType(type);
                }
            }
        }
    }

    /** The catalogue classes {@code -Aseloste.catalogues} names, from the class path. */
    public void readOptionCatalogues() {
        String option = cataloguesOption;
        if (option == null || option.isBlank()) {
            return;
        }
        for (String name : option.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            TypeElement type = elements.getTypeElement(trimmed);
            if (type == null) {
                reporter.report(Diagnostic.INVALID_OPTION, null, OPTION_CATALOGUES, option,
                        "class " + trimmed + " is not on the class path; name catalogue classes by their qualified name");
            } else {
                declarations.readType(type);
            }
        }
    }

    /**
     * The declarations of a round: package registers first, then those of each compiled class. Once all are read,
     * and so whether the project has a purpose catalogue is known, the free-text legal facts on the round's
     * annotations are checked against that mode.
     */
    public void read(Iterable<? extends Element> roots, CompiledClasses compiled) {
        for (Element root : roots) {
            if (root instanceof PackageElement) {
                declarations.readRegister(root);
            }
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            declarations.readType(type);
        }
        legalFacts.checkAnnotations(roots, compiled);
    }
}
