package fi.seloste.processor.validation;

import fi.seloste.index.Register;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Register} annotation a register was declared with, by its declaring class or package, because
 * the free-text legal facts on it ({@code basis}, {@code legitimateInterest}, {@code basisLaw}) are not in the
 * index's {@link Register} but apply to every field of the register, wherever the field is and even when the
 * declaring class is not compiled now (then it is read from its class file).
 */
public final class RegisterDeclarations {

    private final Elements elements;
    /** By register id, for one round: a new round may declare a register anew. */
    private final Map<String, Optional<AnnotationValues>> found = new HashMap<>();

    public RegisterDeclarations(Elements elements) {
        this.elements = elements;
    }

    /** Forgets what was found: a new round may bring new declarations. */
    public void newRound() {
        found.clear();
    }

    /**
     * @param register a register of the catalogue
     * @return the {@code @Register} it was declared with, or {@code null} when its declaring class or package
     *     cannot be found or no longer declares it
     */
    public AnnotationValues of(Register register) {
        return found.computeIfAbsent(register.id(), id -> Optional.ofNullable(lookUp(register))).orElse(null);
    }

    private AnnotationValues lookUp(Register register) {
        String owner = register.declaredIn();
        if (owner == null || owner.isEmpty()) {
            return null;
        }
        AnnotationValues a = null;
        TypeElement type = elements.getTypeElement(owner.replace('$', '.'));
        if (type != null && elements.getBinaryName(type).contentEquals(owner)) {
            a = AnnotationValues.of(type, DeclarationReader.REGISTER);
        }
        if (a == null) {
            Element pkg = elements.getPackageElement(owner);
            a = pkg == null ? null : AnnotationValues.of(pkg, DeclarationReader.REGISTER);
        }
        return a != null && register.id().equals(a.string("id") == null ? null : a.string("id").strip()) ? a : null;
    }
}
