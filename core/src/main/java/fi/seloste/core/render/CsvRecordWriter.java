package fi.seloste.core.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the record as {@code register.csv}: one row per processing activity, in the columns of the UK ICO
 * controller template without its UK-only columns, so it opens in any spreadsheet.
 */
public final class CsvRecordWriter {

    private static final List<String> COLUMNS = List.of("name", "purposes", "basis", "legitimateInterests", "special",
            "subjects", "categories", "sources", "recipients", "processors", "transfers", "retention", "security", "controller", "contactPersons", "dpo");

    /**
     * @param notices one notice model per activity, all in the same language
     * @param t that language's texts
     * @return the CSV text, {@code \n} line endings
     */
    public String csv(List<NoticeModel> notices, Translations t) {
        StringWriter out = new StringWriter();
        try {
            write(out, notices, t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes what {@link #csv(List, Translations)} returns.
     *
     * @param out where the CSV text goes; flushed, not closed
     * @param notices one notice model per activity, all in the same language
     * @param t that language's texts
     * @throws IOException when the writer fails
     */
    public void write(Writer out, List<NoticeModel> notices, Translations t) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(COLUMNS.stream().map(c -> t.get("csv." + c)).toList());
        for (NoticeModel n : notices) {
            List<String> row = new ArrayList<>();
            row.add(n.registerName());
            row.add(join(n.purposes().stream().map(NoticeModel.PurposeLine::text).toList()));
            row.add(join(n.purposes().stream().map(p -> p.law() == null ? p.basis() : p.basis() + " (" + p.law() + ")")
                    .distinct().toList()));
            row.add(join(n.legitimateInterests()));
            row.add(join(n.specialConditions()));
            row.add(join(n.subjects()));
            row.add(join(n.content().stream().map(g -> g.category() + ": " + String.join(", ", g.labels())).toList()));
            row.add(join(n.sources().stream().map(x -> x.name() + ": " + String.join(", ", x.data())).toList()));
            row.add(n.disclosures().isEmpty() ? n.noDisclosures()
                    : join(n.disclosures().stream().map(r -> r.role() == null ? r.name() : r.name() + " (" + r.role() + ")").toList()));
            row.add(join(n.processors().stream().map(NoticeModel.RecipientLine::name).toList()));
            row.add(n.transfers().isEmpty() ? n.noTransfers()
                    : join(n.transfers().stream().map(r -> r.name() + ": " + r.country() + ", " + r.safeguard()).toList()));
            row.add(join(n.retention().stream().map(r -> String.join(", ", r.labels()) + ": " + r.text()).toList()));
            List<String> security = new ArrayList<>(n.securityManual());
            security.addAll(n.securityElectronic());
            if (n.securityText() != null) {
                security.add(n.securityText().markdown());
            }
            row.add(join(security));
            row.add(party(n.controller()));
            row.add(join(n.contactPersons().stream().map(CsvRecordWriter::party).toList()));
            row.add(n.dpo() == null ? "" : party(n.dpo()));
            printer.printRecord(row.stream().map(CsvRecordWriter::neutralise).toList());
        }
        printer.flush();
    }

    /** A party with its contact details in one cell: name, title, business id, address, phone, e-mail, web. */
    private static String party(NoticeModel.Party p) {
        return String.join(", ", java.util.stream.Stream.of(p.name(), p.title(), p.businessId(), p.address(), p.phone(),
                p.email(), p.web()).filter(v -> v != null && !v.isBlank()).toList());
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }

    /** A cell starting with =, +, - or @ would run as a formula in a spreadsheet: prefix it with an apostrophe. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
