package fi.seloste.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A long text the organisation writes in Markdown (cookies, security, consequences, automated decisions, how to send
 * requests), parsed once by CommonMark and rendered for both notices, so paragraphs, emphasis and lists keep their
 * form. The text stays data: raw HTML becomes visible text, only {@code http}, {@code https}, {@code mailto} and
 * {@code tel} links stay links, images become their description, and headings sit below the notice's sections.
 *
 * @param markdown the text as Markdown for the Markdown notice, ending without a newline
 * @param html the text as HTML for the HTML notice
 */
public record RichText(String markdown, String html) {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();
    private static final List<String> SAFE_SCHEMES = List.of("http:", "https:", "mailto:", "tel:");

    /**
     * @param source the text as written, Markdown
     * @return the text, rendered safely; {@code null} for {@code null}
     */
    public static RichText of(String source) {
        if (source == null) {
            return null;
        }
        Node document = PARSER.parse(source);
        tame(document);
        return new RichText(MARKDOWN.render(document).strip(), HTML.render(document).strip());
    }

    /** Turns raw HTML into text, unsafe links and images into their text, and headings into level 3 or deeper. */
    private static void tame(Node document) {
        List<Node> replace = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                replace.add(html);
            }

            @Override
            public void visit(HtmlBlock html) {
                replace.add(html);
            }

            @Override
            public void visit(Link link) {
                if (!safe(link.getDestination())) {
                    replace.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                replace.add(image);
            }

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(3, Math.min(6, heading.getLevel() + 2)));
                visitChildren(heading);
            }
        });
        for (Node node : replace) {
            if (node instanceof HtmlInline html) {
                node.insertBefore(new Text(html.getLiteral()));
                node.unlink();
            } else if (node instanceof HtmlBlock html) {
                Paragraph paragraph = new Paragraph();
                paragraph.appendChild(new Text(html.getLiteral().strip()));
                node.insertBefore(paragraph);
                node.unlink();
            } else {
                // a link or image: keep what it says, drop where it points
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
                node.unlink();
            }
        }
    }

    private static boolean safe(String destination) {
        String d = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
        return SAFE_SCHEMES.stream().anyMatch(d::startsWith);
    }
}
