package fi.seloste.core.model;

import java.util.List;

/**
 * Everything one module's index says, with where it came from.
 *
 * @param origin the artifact ({@code group:artifact:version}) or path it was read from
 * @param catalogueMode whether purposes are keys of declared purposes
 * @param registers the registers it declares
 * @param purposes the purposes it declares
 * @param terms the vocabulary entries it declares or uses
 * @param fields its personal fields
 * @param undeclared its undeclared personal-looking fields
 */
public record ModuleIndex(String origin, boolean catalogueMode, List<Register> registers, List<Purpose> purposes,
        List<Term> terms, List<PersonalField> fields, List<Undeclared> undeclared) {}
