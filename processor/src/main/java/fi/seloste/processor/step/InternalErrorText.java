package fi.seloste.processor.step;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Words an unexpected exception for the one {@code SELOSTE-P901} error that replaces it, so that no exception
 * reaches javac: its class and message, or the whole stack trace under {@code -Aseloste.debug=true}.
 */
public final class InternalErrorText {

    private final boolean debug;

    public InternalErrorText(boolean debug) {
        this.debug = debug;
    }

    public String describe(Throwable e) {
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
