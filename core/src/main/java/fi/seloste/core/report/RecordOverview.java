package fi.seloste.core.report;

import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.core.record.PublishedRecord.Named;
import fi.seloste.core.render.RetentionText;
import fi.seloste.core.render.Translations;
import fi.seloste.index.Country;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The record as a page of sections, tables and links in one language, made of plain texts, so the Maven site report
 * only pipes it into the site's renderer and the content stays testable without Maven: the controller, then per
 * register its purposes with their legal bases, its data with category, retention and origin, its recipients and
 * transfers, and links to its notices.
 *
 * @param title the page title
 * @param intro the paragraphs before the registers
 * @param sections one per register
 */
public record RecordOverview(String title, List<String> intro, List<Section> sections) {

    /** The languages the page can be written in; any other locale gets English. */
    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    /**
     * @param heading the register's name
     * @param paragraphs its description, if any
     * @param tables its purposes, data, recipients and transfers
     * @param links its notices
     */
    public record Section(String heading, List<String> paragraphs, List<Table> tables, List<Link> links) {}

    /**
     * @param caption what the table lists
     * @param headers the column headings
     * @param rows the cells, row by row
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows) {}

    /**
     * @param text the link text
     * @param href where it points, relative to the page
     */
    public record Link(String text, String href) {}

    /**
     * @param language the site's language; English unless {@code fi} or {@code sv}
     * @return the report's name in that language, for the site's menu
     */
    public static String name(String language) {
        return bundle(languageOf(language)).get("name");
    }

    /**
     * @param language the site's language
     * @return the report's one-line description in that language
     */
    public static String description(String language) {
        return bundle(languageOf(language)).get("description");
    }

    /**
     * @param record the record
     * @param language the site's language; English unless {@code fi} or {@code sv}
     * @param notices the notice files the page can link to, by name ({@code notice-chat.fi.html}), under
     *     {@code noticePath}
     * @param noticePath where the notices are, relative to the page, such as {@code seloste/}
     * @return the page
     */
    public static RecordOverview of(PublishedRecord record, String language, List<String> notices, String noticePath) {
        String lang = languageOf(language);
        Map<String, String> t = bundle(lang);
        Translations notice = Translations.of(lang);
        RetentionText retention = new RetentionText(notice);
        List<String> intro = new ArrayList<>();
        intro.add(t.get("intro"));
        intro.add(t.get("controller") + " " + record.controller().name()
                + (record.controller().businessId() == null ? "" : " (" + record.controller().businessId() + ")"));
        List<Section> sections = new ArrayList<>();
        for (Activity a : record.activities()) {
            List<Table> tables = new ArrayList<>();
            List<List<String>> purposes = new ArrayList<>();
            for (DeclaredPurpose p : a.purposes()) {
                purposes.add(List.of(text(p.texts(), lang, p.key()), notice.get("basis." + p.basis().name())
                        + (p.law().isEmpty() ? "" : ", " + text(p.law(), lang, ""))));
            }
            tables.add(new Table(t.get("purposes"), List.of(t.get("purpose"), t.get("basis")), purposes));
            Map<String, Named> categories = new TreeMap<>();
            a.categories().forEach(c -> categories.putIfAbsent(c.fieldKey(), c));
            List<List<String>> data = new ArrayList<>();
            for (PersonalField f : a.fields()) {
                String label = f.labels().isEmpty() ? f.field() : f.labels().getOrDefault(lang, f.anyLabel());
                List<String> names = f.categories().stream().map(c -> categories.containsKey(c)
                        ? text(categories.get(c).texts(), lang, c) : c).toList();
                String rule = retention.describe(f.retention());
                String law = f.retention().law(lang) != null ? f.retention().law(lang) : f.retention().law();
                data.add(List.of(label, String.join(", ", names), law == null ? rule : rule + " (" + law + ")",
                        f.className() + "#" + f.field(), f.origin()));
            }
            tables.add(new Table(t.get("data"), List.of(t.get("field"), t.get("category"), t.get("retention"),
                    t.get("declaredIn"), t.get("origin")), data));
            if (!a.recipients().isEmpty()) {
                List<List<String>> recipients = new ArrayList<>();
                for (Term r : a.recipients()) {
                    recipients.add(List.of(text(r.texts(), lang, r.key()), t.get("kind." + r.recipientKind().name()),
                            r.country() == null ? "" : Country.of(r.country()).map(c -> c.name(lang)).orElse(r.country()),
                            r.safeguard() == null ? "" : notice.get("safeguard." + r.safeguard().name())));
                }
                tables.add(new Table(t.get("recipients"), List.of(t.get("recipient"), t.get("kind"), t.get("country"),
                        t.get("safeguard")), recipients));
            }
            List<Link> links = new ArrayList<>();
            for (String file : notices) {
                String stem = record.activities().size() == 1 ? "notice." : "notice-" + a.id() + ".";
                if (file.startsWith(stem) && file.endsWith(".html")) {
                    String fileLanguage = file.substring(stem.length(), file.length() - ".html".length());
                    links.add(new Link(t.get("notice") + " (" + fileLanguage + ")", noticePath + file));
                }
            }
            sections.add(new Section(text(a.names(), lang, a.id()),
                    a.descriptions().isEmpty() ? List.of() : List.of(text(a.descriptions(), lang, "")), tables, links));
        }
        return new RecordOverview(t.get("title"), intro, sections);
    }

    private static String languageOf(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    private static String text(Map<String, String> texts, String language, String fallback) {
        return texts.getOrDefault(language, texts.getOrDefault("fi", fallback));
    }

    private static Map<String, String> bundle(String language) {
        String name = "fi/seloste/report/report_" + language + ".properties";
        try (InputStream in = RecordOverview.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
