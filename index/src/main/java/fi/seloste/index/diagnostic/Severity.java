package fi.seloste.index.diagnostic;

/** How bad a diagnostic is: whether it fails the build, and how javac and Maven show it. */
public enum Severity {
    /** Fails the build. */
    ERROR,
    /** A warning that javac shows even where ordinary warnings are off; fails {@code -Werror} builds. */
    MANDATORY_WARNING,
    /** A warning. */
    WARNING,
    /** Information only. */
    NOTE
}
