package fi.seloste.core.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders documents from Pebble templates: Markdown templates escape every value with
 * {@link MarkdownEscaper}, HTML templates with Pebble's HTML escaping. An organisation's
 * {@code templateDirectory} can override any template by name.
 */
public final class DocumentRenderer {

    private final PebbleEngine markdown;
    private final PebbleEngine html;

    /** @param templateDirectory a directory whose templates override the built-in ones, or {@code null} */
    public DocumentRenderer(Path templateDirectory) {
        this.markdown = engine(templateDirectory, "markdown");
        this.html = engine(templateDirectory, "html");
    }

    private static PebbleEngine engine(Path templateDirectory, String escaping) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (templateDirectory != null && Files.isDirectory(templateDirectory)) {
            FileLoader files = new FileLoader(templateDirectory.toAbsolutePath().toString());
            files.setCharset("UTF-8");
            loaders.add(files);
        }
        ClasspathLoader classpath = new ClasspathLoader(DocumentRenderer.class.getClassLoader());
        classpath.setPrefix("fi/seloste/templates");
        classpath.setCharset("UTF-8");
        loaders.add(classpath);
        PebbleEngine.Builder builder = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(false)
                .defaultLocale(Locale.ROOT)
                .cacheActive(false);
        if (escaping.equals("markdown")) {
            builder.addEscapingStrategy("markdown", new MarkdownEscaper()).defaultEscapingStrategy("markdown");
        }
        return builder.build();
    }

    /**
     * @param template the template name, such as {@code notice.md.peb}; {@code .md} templates are Markdown-escaped
     * @param model the objects the template sees, besides {@code t}, the translations
     * @param translations the texts of the document's language
     * @return the document, with {@code \n} line endings and a final newline
     */
    public String render(String template, Map<String, Object> model, Translations translations) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("t", translations.all());
        PebbleEngine engine = template.contains(".md.") ? markdown : html;
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString().replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }
}
