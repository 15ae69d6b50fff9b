package fi.seloste.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Arguments> blockAndLinkStarts() {
        // what stands first in the output decides: dropped control characters, leading spaces, other delimiters
        return Stream.of(
                Arguments.of("a control character before a dash", "\u0001- x", "\\- x"),
                Arguments.of("a control character before a number", "\u00011. x", "1\\. x"),
                Arguments.of("a tab after the number", "1.\tx", "1\\. x"),
                Arguments.of("a new line after the number", "1)\nx", "1\\) x"),
                Arguments.of("the number alone", "12.", "12\\."),
                Arguments.of("leading spaces before a dash", "   - x", "\\- x"),
                Arguments.of("four leading spaces, a code block", "    code", "code"),
                Arguments.of("a web address stays as written", "see https://a.example/x", "see https://a.example/x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blockAndLinkStarts")
    void whatWouldStartABlockOrALinkInTheOutputIsEscaped(String name, String input, String expected) {
        assertEquals(expected, escaper.escape(input));
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("ab", escaper.escape("a\u0000\u001bb"));
    }
}
