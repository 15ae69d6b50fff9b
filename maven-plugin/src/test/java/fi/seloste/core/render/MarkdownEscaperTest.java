package fi.seloste.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annotation strings and configuration values stay literal text in Markdown. */
class MarkdownEscaperTest {

    private final MarkdownEscaper escaper = new MarkdownEscaper();

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        "<script>alert(1)</script> => \\<script\\>alert(1)\\</script\\>",
        "[click](javascript:alert(1)) => \\[click\\](javascript:alert(1))",
        "![x](http://evil/x.png) => !\\[x\\](http://evil/x.png)",
        "**bold** _it_ `code` => \\*\\*bold\\*\\* \\_it\\_ \\`code\\`",
        "# heading => \\# heading",
        "- item => \\- item",
        "+ item => \\+ item",
        "> quote => \\> quote",
        "1. first => 1\\. first",
        "a | b => a \\| b",
        "Tom & Jerry &lt; => Tom &amp; Jerry &amp;lt;",
        "back\\slash => back\\\\slash",
        "Y-tunnus 1234567-1 => Y-tunnus 1234567-1",
        "13.2.2026 => 13.2.2026",
        "Säilytys 4 kk (P4M) => Säilytys 4 kk (P4M)",
    })
    void escapes(String input, String expected) {
        assertEquals(expected.strip(), escaper.escape(input.strip()));
    }

    @Test
    void newLinesCannotStartANewBlock() {
        String escaped = escaper.escape("Nimi\n\n## Injected heading\r\n- item\u2028x");
        assertFalse(escaped.contains("\n"));
        assertFalse(escaped.contains("\r"));
        assertEquals("Nimi  \\#\\# Injected heading  - item x", escaped);
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("ab", escaper.escape("a\u0000\u001bb"));
    }
}
