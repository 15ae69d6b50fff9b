package fi.seloste.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend on each other one way only, and none of them on Maven: a package cycle or a Maven
 * import fails the build here, with the classes that cause it.
 */
class PackageStructureTest {

    private static final String CORE = "fi.seloste.core";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    /**
     * Each package directly below {@code fi.seloste.core} is one slice, with its subpackages; a class in
     * {@code fi.seloste.core} itself is a slice of its own, so it cannot hide a cycle either.
     */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(CORE)) {
                return SliceIdentifier.of(CORE);
            }
            if (name.startsWith(CORE + ".")) {
                String rest = name.substring(CORE.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(CORE + "." + (dot < 0 ? rest : rest.substring(0, dot)));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + CORE + " and " + CORE + " itself";
        }
    };

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void packagesMatchingTheSlicePatternAreFreeOfCycles() {
        slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The catalogue implements the index module's diagnostic contract, and knows nothing else. */
    @Test
    void diagnosticsDependOnNothingElseInTheCore() {
        classes().that().resideInAPackage(CORE + ".diagnostic..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE + ".diagnostic..", "fi.seloste.index.diagnostic..",
                        "java..")
                .check(CLASSES);
    }

    /** The rights rules read the annotations' legal enums and nothing else, so they can be tested and reused alone. */
    @Test
    void rightsDependOnTheLegalEnumsOnly() {
        classes().that().resideInAPackage(CORE + ".rights..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE + ".rights..", "fi.seloste", "java..")
                .check(CLASSES);
    }

    @Test
    void theCoreKnowsNothingOfMaven() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(CLASSES);
    }
}
