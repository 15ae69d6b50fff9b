package fi.seloste.core.render;

import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the draft privacy notice of one register in one language from the Pebble template
 * {@code fi/seloste/templates/notice.md.peb}; every value is escaped by {@link MarkdownEscaper}.
 */
public final class NoticeRenderer {

    private final PebbleEngine markdown = new PebbleEngine.Builder()
            .loader(classpath())
            .autoEscaping(true)
            .addEscapingStrategy("markdown", new MarkdownEscaper())
            .defaultEscapingStrategy("markdown")
            .strictVariables(true)
            .newLineTrimming(false)
            .defaultLocale(Locale.ROOT)
            .build();

    private static ClasspathLoader classpath() {
        ClasspathLoader loader = new ClasspathLoader(NoticeRenderer.class.getClassLoader());
        loader.setPrefix("fi/seloste/templates");
        loader.setCharset("UTF-8");
        return loader;
    }

    /**
     * @param organisation the organisation facts
     * @param activity the register
     * @param language the language code
     * @param date the notice date, or {@code null} when the build asks for none
     * @return the notice as Markdown, {@code \n} line endings
     */
    public String markdown(Organisation organisation, ProcessingActivity activity, String language, LocalDate date) {
        Translations t = Translations.of(language);
        RetentionText retention = new RetentionText(t);
        List<Map<String, Object>> retentionRows = new ArrayList<>();
        for (ProcessingActivity.RetentionGroup group : activity.retentionGroups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("labels", group.labels());
            row.put("text", retention.describe(group.rule()));
            retentionRows.add(row);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("t", t.all());
        context.put("controller", organisation.controller());
        context.put("contactPerson", organisation.contactPerson());
        context.put("dpo", organisation.dpo());
        context.put("activity", activity);
        context.put("retention", retentionRows);
        context.put("dated", date == null ? null : t.format("changes.date", t.format("date.pattern",
                date.getDayOfMonth(), date.getMonthValue(), date.getYear())));
        return render(markdown, "notice.md.peb", context);
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> context) {
        PebbleTemplate compiled = engine.getTemplate(template);
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString().replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }
}
