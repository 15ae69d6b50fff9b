package fi.seloste.benchmarks.documents;

import java.util.List;

/**
 * One register module of the generated system, as data: the module's texts and facts, its entity kinds and the
 * personal fields its entities draw from.
 *
 * @param id the module and register id
 * @param fi the register's Finnish name
 * @param sv the register's Swedish name
 * @param en the register's English name
 * @param descriptions the register's description in Finnish, Swedish and English
 * @param registerFacts the {@code @Register} members besides names and descriptions
 * @param defaults the {@code @PersonalDataDefaults} members of every package
 * @param kinds the entity kinds, used in turn
 * @param templates the personal fields, used in turn
 */
record RegisterModule(String id, String fi, String sv, String en, List<String> descriptions, String registerFacts,
        String defaults, List<Kind> kinds, List<FieldTemplate> templates) {

    /** A personal field a register's entities can hold: name, type, labels and the annotation's other members. */
    record FieldTemplate(String name, String type, String fi, String sv, String en, String facts) {}

    /** An entity kind: the class name stem and the noun added to labels. */
    record Kind(String stem, String fi, String sv, String en) {}
}
