package fi.seloste.core.diff;

import fi.seloste.core.diff.RecordChange.Kind;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.core.render.MarkdownEscaper;
import fi.seloste.core.render.RetentionText;
import fi.seloste.core.render.Translations;
import fi.seloste.index.Country;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.index.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Says in one language what changed between two releases' records, as Markdown ({@code changes.<lang>.md}): per
 * register, each field, purpose, recipient, transfer and retention added, removed or changed, in the words the notices
 * use (the bases, safeguards and retention periods come from the notices' own translations), so a DPO can update the
 * notice's change history from it.
 */
public final class ChangeLog {

    private static final String BUNDLE = "fi/seloste/diff/changes_%s.properties";

    private final String language;
    private final Translations notice;
    private final Map<String, String> texts;
    private final MarkdownEscaper escaper = new MarkdownEscaper();
    private final boolean plain;

    /** @param language a language seloste writes notices in, such as {@code fi} */
    public ChangeLog(String language) {
        this(language, false);
    }

    private ChangeLog(String language, boolean plain) {
        this.plain = plain;
        this.language = language;
        this.notice = Translations.of(language);
        this.texts = bundle(language);
    }

    private static Map<String, String> bundle(String language) {
        String name = String.format(java.util.Locale.ROOT, BUNDLE, language);
        try (InputStream in = ChangeLog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no change-log texts for language '" + language + "'");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("change-log text '" + key + "' is missing for language '" + language + "'");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * @param before the previous release's record ({@link PublishedRecord#coordinates()} names it)
     * @param after this release's record
     * @param changes what {@link RecordDiff#between} found
     * @return the change log, Markdown, ending in a newline
     */
    public String markdown(PublishedRecord before, PublishedRecord after, List<RecordChange> changes) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(t("title", before.coordinates(), after.coordinates()))).append("\n\n");
        if (changes.isEmpty()) {
            out.append(t("none")).append('\n');
            return out.toString();
        }
        out.append(t("intro", changes.size())).append('\n');
        String register = null;
        for (RecordChange change : changes) {
            if (!change.register().equals(register)) {
                register = change.register();
                Activity activity = activity(after, register) != null ? activity(after, register) : activity(before, register);
                out.append("\n## ").append(escape(text(activity.names(), register))).append("\n\n");
            }
            out.append("- ").append(line(change)).append('\n');
        }
        return out.toString();
    }

    /**
     * The sentences of a notice's change history: plain text (the notice's template escapes it), naming each field by
     * its label only, as a data subject reads it.
     *
     * @param language a language seloste writes notices in
     * @return the change log's sentences in that language, without Markdown
     */
    public static ChangeLog forNotice(String language) {
        return new ChangeLog(language, true);
    }

    /**
     * @param change one change {@link RecordDiff#between} found
     * @return the one line that says it, in this log's language (Markdown, or plain text {@link #forNotice})
     */
    public String entry(RecordChange change) {
        return line(change);
    }

    private static Activity activity(PublishedRecord record, String id) {
        return record.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private String line(RecordChange c) {
        String kind = c.kind().name().toLowerCase(java.util.Locale.ROOT);
        return switch (c.subject()) {
            case REGISTER -> t("register." + kind);
            case FIELD -> c.kind() == Kind.CHANGED
                    ? t("field.changed", field((PersonalField) c.after()), facts((PersonalField) c.before(), (PersonalField) c.after()))
                    : t("field." + kind, field((PersonalField) (c.after() != null ? c.after() : c.before())));
            case RETENTION -> t("retention.changed", field((PersonalField) c.after()),
                    retention(((PersonalField) c.before()).retention()), retention(((PersonalField) c.after()).retention()));
            case PURPOSE -> c.kind() == Kind.CHANGED
                    ? t("purpose.changed", purpose((DeclaredPurpose) c.after()), purposeDetail((DeclaredPurpose) c.before(),
                            (DeclaredPurpose) c.after()))
                    : t("purpose." + kind, purpose((DeclaredPurpose) (c.after() != null ? c.after() : c.before())));
            case RECIPIENT -> c.kind() == Kind.CHANGED
                    ? t("recipient.changed", recipient((Term) c.after()), recipientDetail((Term) c.before()),
                            recipientDetail((Term) c.after()))
                    : t("recipient." + kind, recipient((Term) (c.after() != null ? c.after() : c.before())),
                            recipientDetail((Term) (c.after() != null ? c.after() : c.before())));
            case TRANSFER -> c.kind() == Kind.CHANGED
                    ? t("transfer.changed", recipient((Term) c.after()), transfer((Term) c.before()), transfer((Term) c.after()))
                    : t("transfer." + kind, recipient((Term) (c.after() != null ? c.after() : c.before())),
                            transfer((Term) (c.after() != null ? c.after() : c.before())));
        };
    }

    private String field(PersonalField f) {
        String label = f.labels().get(language);
        if (label == null) {
            label = f.labels().isEmpty() ? f.field() : f.anyLabel();
        }
        if (plain) {
            return label;
        }
        return "**" + escape(label) + "** (`" + f.className().replace("`", "") + "#" + f.field().replace("`", "") + "`)";
    }

    private String facts(PersonalField before, PersonalField after) {
        return String.join(", ", RecordDiff.changedFacts(before, after).stream().map(f -> t("fact." + f)).toList());
    }

    private String retention(Retention rule) {
        String text = new RetentionText(notice).describe(rule);
        String law = rule.law(language) != null ? rule.law(language) : rule.law();
        return escape(law == null ? text : text + " (" + law + ")");
    }

    private String purpose(DeclaredPurpose p) {
        return strong(text(p.texts(), p.key()));
    }

    private String purposeDetail(DeclaredPurpose before, DeclaredPurpose after) {
        StringBuilder detail = new StringBuilder();
        if (before.basis() != after.basis()) {
            detail.append(t("purpose.basis", escape(notice.get("basis." + before.basis().name())),
                    escape(notice.get("basis." + after.basis().name()))));
        } else {
            detail.append(t("purpose.facts"));
        }
        return detail.toString();
    }

    private String recipient(Term r) {
        return strong(text(r.texts(), r.key()));
    }

    private String recipientDetail(Term r) {
        String kind = t("kind." + r.recipientKind().name());
        return r.country() == null ? kind : kind + ", " + country(r.country());
    }

    private String transfer(Term r) {
        return country(r.country()) + ", " + escape(notice.get("safeguard." + r.safeguard().name()));
    }

    private String country(String code) {
        return Country.of(code).map(c -> c.name(language)).orElse(code);
    }

    /** The text in this language, else the Finnish one, else the key. */
    private String text(Map<String, String> texts, String key) {
        return texts.getOrDefault(language, texts.getOrDefault("fi", key));
    }

    private String strong(String text) {
        return plain ? text : "**" + escape(text) + "**";
    }

    private String escape(String text) {
        return plain ? text : escaper.escape(text);
    }
}
