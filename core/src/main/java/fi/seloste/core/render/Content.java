package fi.seloste.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * One document of a run as the code that writes it, so a document is rendered once, straight to where it goes: a
 * file for {@code generate}, a comparison with the committed file for {@code check}.
 */
public interface Content {

    /**
     * @param out where the document's text goes; flushed, not closed
     * @throws IOException when the writer fails
     * @throws DocumentRenderer.TemplateFailure when a template fails
     */
    void writeTo(Writer out) throws IOException;

    /** A document that can also write its UTF-8 bytes itself, with the same text, faster than a character encoder. */
    interface Utf8 extends Content {
        /**
         * @param out where the document's UTF-8 bytes go; flushed, not closed
         * @throws IOException when the stream fails
         */
        void writeUtf8(OutputStream out) throws IOException;
    }
}
