package fi.seloste.core.render;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders documents from Pebble templates: Markdown templates escape every value with
 * {@link MarkdownEscaper}, HTML templates with Pebble's HTML escaping, both without control characters
 * ({@link ControlCharacters}). An organisation's {@code templateDirectory} can override any template by name; it is
 * read only through {@link TemplateDirectory}, which never follows a symbolic link.
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
        if (templateDirectory != null && Files.isDirectory(templateDirectory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            loaders.add(TemplateDirectory.loader(templateDirectory));
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
                // one engine serves one run, so each template is compiled once per run, not once per document
                .cacheActive(true);
        if (escaping.equals("markdown")) {
            builder.addEscapingStrategy("markdown", new MarkdownEscaper()).defaultEscapingStrategy("markdown");
        } else {
            // Pebble's own HTML escaping (unbescape's, which it ships with), after the control characters are removed
            builder.addEscapingStrategy("html",
                    value -> org.unbescape.html.HtmlEscape.escapeHtml4Xml(ControlCharacters.removeFrom(value)));
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
        StringWriter out = new StringWriter();
        try {
            render(template, model, translations, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Renders straight into a writer, with what {@link #render(String, Map, Translations)} returns.
     *
     * @param template the template name, such as {@code notice.md.peb}; {@code .md} templates are Markdown-escaped
     * @param model the objects the template sees, besides {@code t}, the translations
     * @param translations the texts of the document's language
     * @param out where the document goes, with {@code \n} line endings and a final newline; flushed, not closed
     * @throws IOException when the writer fails
     */
    public void render(String template, Map<String, Object> model, Translations translations, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>(model);
        context.put("t", translations.all());
        PebbleEngine engine = template.contains(".md.") ? markdown : html;
        UnixLineEnds lines = new UnixLineEnds(out);
        try {
            engine.getTemplate(template).evaluate(lines, context, Locale.ROOT);
        } catch (PebbleException e) {
            throw new TemplateFailure(template, e.getLineNumber(), e.getPebbleMessage(), e);
        }
        lines.finish();
    }

    /** A template that does not parse or fails while rendering: a custom template's mistake, or a seloste bug. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String template;
        private final Integer line;

        TemplateFailure(String template, Integer line, String message, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
        }

        /** @return the template's name, such as {@code notice.md.peb} */
        public String template() {
            return template;
        }

        /** @return the line in the template, or {@code null} when Pebble did not say */
        public Integer line() {
            return line;
        }

        /** @return the failure as the problem the user sees */
        public Problem problem() {
            return Diagnostic.TEMPLATE_FAILED.problem(template, line == null || line < 1 ? "" : " at line " + line, getMessage());
        }
    }

    /**
     * Turns {@code \r\n} into {@code \n} and makes sure the text ends with {@code \n} while it streams through, as
     * {@code text.replace("\r\n", "\n")} plus a final newline would; a lone {@code \r} is kept.
     */
    private static final class UnixLineEnds extends Writer {
        private final Writer out;
        private boolean pendingReturn;
        private boolean endsWithNewline;

        UnixLineEnds(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int end = offset + length;
            int run = offset;
            for (int i = offset; i < end; i++) {
                char c = buffer[i];
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c != '\n') {
                        out.write('\r');
                    }
                }
                if (c == '\r') {
                    out.write(buffer, run, i - run);
                    run = i + 1;
                    pendingReturn = true;
                }
            }
            out.write(buffer, run, end - run);
            if (length > 0) {
                endsWithNewline = buffer[end - 1] == '\n';
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            char[] chars = new char[length];
            text.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        @Override
        public void flush() {
            // the whole document is flushed once, by finish()
        }

        @Override
        public void close() {
            // the target is the caller's
        }

        void finish() throws IOException {
            if (pendingReturn) {
                out.write('\r');
                pendingReturn = false;
                endsWithNewline = false;
            }
            if (!endsWithNewline) {
                out.write('\n');
            }
            out.flush();
        }
    }
}
