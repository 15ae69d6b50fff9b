package fi.seloste.core.check;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diff.ChangeLog;
import fi.seloste.core.diff.RecordChange;
import fi.seloste.core.diff.ReleaseChanges;
import fi.seloste.core.model.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A notice whose legal content changed since the previous release must say so in its change history: this check
 * fails a register the diff finds changes in when the POM's {@code <changes>} has no entry newer than the previous
 * release's notice date, and shows the {@code <change>} to add, already worded in every notice language.
 */
public final class ChangeEntryCheck {

    private ChangeEntryCheck() {}

    /**
     * @param release what changed since the previous release
     * @param organisation the organisation facts, with the change history the user wrote
     * @param languages the notice languages
     * @param date this build's notice date, or {@code null}
     * @param problems where one SELOSTE-M506 per register with changes goes, when no entry covers them
     */
    public static void check(ReleaseChanges release, Organisation organisation, List<String> languages, LocalDate date,
            Problems problems) {
        if (release.changes().isEmpty() || hasNewEntry(organisation.changes(), release.before().noticeDate())) {
            return;
        }
        LocalDate previous = release.before().noticeDate();
        String when = date != null && (previous == null || date.isAfter(previous)) ? date.toString() : "yyyy-MM-dd";
        ChangeLog english = ChangeLog.forNotice("en");
        for (Map.Entry<String, List<RecordChange>> register : release.byRegister().entrySet()) {
            StringBuilder list = new StringBuilder();
            for (RecordChange change : register.getValue()) {
                list.append(String.format("%n    - ")).append(english.entry(change));
            }
            StringBuilder entry = new StringBuilder(String.format("  <changes>%n    <change>%n      <date>%s</date>", when));
            entry.append(element("description", "fi", register.getValue()));
            for (String language : languages) {
                if (!language.equals("fi")) {
                    entry.append(element("description" + Character.toUpperCase(language.charAt(0)) + language.substring(1),
                            language, register.getValue()));
                }
            }
            entry.append(String.format("%n    </change>%n  </changes>"));
            problems.report(Diagnostic.CHANGE_ENTRY_MISSING, register.getKey(), release.before().coordinates(),
                    list, previous == null ? "" : " dated after " + previous + " (the previous release's notice date)",
                    entry);
        }
    }

    /** Whether an entry of the user's history is newer than the previous release's notices (any, when they had no date). */
    private static boolean hasNewEntry(List<Organisation.Change> changes, LocalDate previous) {
        return changes.stream().filter(c -> c.register() == null)
                .anyMatch(c -> previous == null || c.date().isAfter(previous));
    }

    private static String element(String name, String language, List<RecordChange> changes) {
        ChangeLog log = ChangeLog.forNotice(language);
        String text = String.join("; ", changes.stream().map(log::entry).toList());
        return String.format("%n      <%s>%s</%s>", name, xml(text), name);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
