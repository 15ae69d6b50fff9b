package fi.seloste.core.render;

import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names the documents of one run and says how each is written, so the checked model is rendered once, into whatever
 * needs it: the record ({@code register.json}, {@code register.csv}, {@code register.<lang>.html}) and a notice per
 * register and language ({@code notice.fi.md}, {@code notice-<id>.sv.html}, ...).
 */
public final class DocumentSet {

    /** The name of the record, the one document that grows with the number of fields. */
    public static final String RECORD = "register.json";

    /**
     * Every name a document of some run can have: the record in its forms, and a notice per language, with a register
     * id when there are several ({@link fi.seloste.core.model.RegisterId}'s rule). Nothing else is ever seloste's.
     */
    private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile(
            "register\\.(json|csv|[a-z]{2}\\.html)|notice(-[a-z][a-z0-9-]{0,63})?\\.[a-z]{2}\\.(md|html)");

    /**
     * @param fileName a file name
     * @return whether it is the name of a document seloste writes: a committed or output file of that name that no
     *     run generates any more is stale, and may be deleted
     */
    public static boolean isDocumentName(String fileName) {
        return NAMES.matcher(fileName).matches();
    }

    private final SortedMap<String, Content> documents;

    private DocumentSet(SortedMap<String, Content> documents) {
        this.documents = Collections.unmodifiableSortedMap(documents);
    }

    /**
     * Builds every notice's content in every language; a text a notice cannot have in its language is reported.
     *
     * @param organisation the organisation facts
     * @param catalogue the merged declarations
     * @param activities the registers, checked
     * @param languages the notice languages, at least one; the first is the CSV record's
     * @param date the notice date, or {@code null} for none
     * @param templateDirectory templates that override the built-in ones, or {@code null}
     * @param footer whether the documents end with the line that seloste produced them
     * @param problems where missing translations and untranslatable texts are reported
     * @return the documents, by file name
     */
    public static DocumentSet of(Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities,
            List<String> languages, LocalDate date, Path templateDirectory, boolean footer, Problems problems) {
        Map<String, List<NoticeModel>> byLanguage = new TreeMap<>();
        for (String language : languages) {
            List<NoticeModel> notices = new ArrayList<>();
            for (ProcessingActivity activity : activities) {
                notices.add(NoticeModel.build(activity, catalogue, organisation, language, date, problems));
            }
            byLanguage.put(language, notices);
        }

        DocumentRenderer renderer = new DocumentRenderer(templateDirectory);
        SortedMap<String, Content> documents = new TreeMap<>();
        documents.put(RECORD, record(organisation, catalogue, activities, date));
        String first = languages.get(0);
        Translations firstTexts = Translations.of(first);
        documents.put("register.csv", out -> new CsvRecordWriter().write(out, byLanguage.get(first), firstTexts));
        for (String language : languages) {
            Translations t = Translations.of(language);
            List<NoticeModel> notices = byLanguage.get(language);
            documents.put("register." + language + ".html",
                    out -> renderer.render("record.html.peb", Map.of("notices", notices, "lang", language, "footer", footer), t, out));
            for (int i = 0; i < activities.size(); i++) {
                String stem = activities.size() == 1 ? "notice" : "notice-" + activities.get(i).id();
                Map<String, Object> notice = Map.of("n", notices.get(i), "footer", footer);
                documents.put(stem + "." + language + ".md", out -> renderer.render("notice.md.peb", notice, t, out));
                documents.put(stem + "." + language + ".html", out -> renderer.render("notice.html.peb", notice, t, out));
            }
        }
        return new DocumentSet(documents);
    }

    private static Content record(Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities,
            LocalDate date) {
        RecordWriter record = new RecordWriter(date);
        return new Content.Utf8() {
            @Override
            public void writeTo(Writer out) throws IOException {
                record.write(out, organisation, catalogue, activities);
            }

            @Override
            public void writeUtf8(OutputStream out) throws IOException {
                record.write(out, organisation, catalogue, activities);
            }
        };
    }

    /** @return file name to the code that writes the document, in name order */
    public SortedMap<String, Content> contents() {
        return documents;
    }

    /**
     * @param name a document's file name
     * @return its text
     * @throws DocumentRenderer.TemplateFailure when a template fails
     */
    public String text(String name) {
        StringWriter out = new StringWriter();
        try {
            documents.get(name).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Renders every document and keeps nothing, to find a failing template when the run stops for other problems:
     * the user then learns about the template in the same build.
     *
     * @return the first template that fails, as a problem, or empty
     */
    public Optional<Problem> firstTemplateFailure() {
        for (Content content : documents.values()) {
            try {
                content.writeTo(Writer.nullWriter());
            } catch (DocumentRenderer.TemplateFailure e) {
                return Optional.of(e.problem());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a null writer does not fail
            }
        }
        return Optional.empty();
    }
}
