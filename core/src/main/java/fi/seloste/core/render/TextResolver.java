package fi.seloste.core.render;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Organisation;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks the declared texts of one notice up in its language, reporting each one that is missing with the line to
 * add, so that no text of another language slips into a notice unnoticed.
 */
final class TextResolver {
    private final Catalogue catalogue;
    private final String language;
    private final Problems problems;
    private final Map<Vocabulary, Map<String, String>> terms = new EnumMap<>(Vocabulary.class);

    TextResolver(Catalogue catalogue, String language, Problems problems) {
        this.catalogue = catalogue;
        this.language = language;
        this.problems = problems;
    }

    String language() {
        return language;
    }

    String text(Map<String, String> texts, String what, String key, String fix) {
        String text = texts.get(language);
        if (text == null) {
            problems.report(Diagnostic.TRANSLATION_MISSING.problem(what, key, language, fix));
            return texts.getOrDefault("fi", key);
        }
        return text;
    }

    /**
     * A term in this language, looked up once per key: a notice asks for the same few terms once per field. A
     * problem is reported on the first lookup; later ones would only repeat it.
     */
    String term(Vocabulary kind, String key) {
        Map<String, String> known = terms.computeIfAbsent(kind, k -> new HashMap<>());
        String text = known.get(key);
        if (text == null) {
            text = lookUp(kind, key);
            known.put(key, text);
        }
        return text;
    }

    private String lookUp(Vocabulary kind, String key) {
        Term term = catalogue.terms(kind).get(key);
        if (term == null) {
            unknown(kind.indexName(), key);
            return key;
        }
        return text(term.texts(), kind.indexName().replaceAll("s$", "").replace("categorie", "category"), key,
                "@" + kind.annotationSimpleName() + "(" + language + " = \"...\") on the constant " + key);
    }

    String label(PersonalField f) {
        if (f.labels().isEmpty()) {
            return f.field();
        }
        String label = f.label(language);
        if (label == null) {
            problems.report(Diagnostic.TRANSLATION_MISSING.problem("label of field", f.className() + "." + f.field(), language,
                    "@PersonalData(label" + (language.equals("fi") ? "" : capital(language)) + " = \"...\")"
                            + (f.sourceFile() == null ? "" : " in " + f.sourceFile() + ":" + f.line())));
            return f.anyLabel();
        }
        return label;
    }

    String freeText(String text, String what) {
        if (!language.equals("fi")) {
            problems.report(Diagnostic.FREE_TEXT_UNTRANSLATABLE.problem(what, text, language));
        }
        return text;
    }

    void unknown(String what, String key) {
        problems.report(Diagnostic.UNKNOWN_KEY.problem(what, key));
    }

    String organisationText(Organisation organisation, String topic) {
        Map<String, String> texts = organisation.texts().get(topic);
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String text = texts.get(language);
        if (text == null) {
            problems.report(Diagnostic.TRANSLATION_MISSING.problem("organisation text", topic, language,
                    "<" + Organisation.parameterOf(topic) + "><" + language + ">...</" + language + "></"
                            + Organisation.parameterOf(topic) + "> or the file " + topic + "." + language
                            + ".md in <textDirectory>"));
            return texts.values().iterator().next();
        }
        return text;
    }

    static String capital(String language) {
        return Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }
}
