package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that several contact persons, or joint controllers, stay apart in the Markdown notice: CommonMark joins
 * consecutive lists with the same bullet into one, which would make a shared mailbox read as the person's own address.
 */
class PartyListsTest {

    @TempDir
    Path dir;

    @Test
    void consecutiveContactsAndJointControllersAreSeparateLists() throws Exception {
        Organisation org = new Organisation(ORGANISATION.controller(),
                List.of(new Controller("Yksi Oy", "1234567-1", null, null, "yksi@example.fi", null),
                        new Controller("Kaksi Oy", null, "Katu 2", null, null, null)), null,
                List.of(new Contact("Eeva Esimerkki", Map.of("fi", "vastaava lääkäri"), null, "02 555 0101", null, null),
                        new Contact(null, Map.of(), null, null, "kirjaamo@example.fi", null),
                        new Contact("Matti Malli", Map.of(), null, null, null, "https://example.fi/lomake")),
                null, false, List.of(), List.of(), Map.of(), List.of(), IndexFixtures.NO_PRACTICES, List.of());
        List<Path> written = new DocumentGenerator().generate(new DocumentGenerator.Request(
                List.of(source(classes(dir, "classes", CATALOGUE), "com.example:clinic:1.0")), List.of(), dir.resolve("out"), org,
                null, List.of("fi"), LocalDate.of(2026, 2, 13), null, "1.0"));
        Path notice = written.stream().filter(p -> p.getFileName().toString().matches("notice.*\\.fi\\.md")).findFirst().orElseThrow();
        String md = Files.readString(notice, StandardCharsets.UTF_8);

        assertTrue(md.contains("**Yhteisrekisterinpitäjät**\n\n- Yksi Oy\n- Y-tunnus: 1234567-1\n- Sähköposti: yksi@example.fi\n\n"
                + "* Kaksi Oy\n* Osoite: Katu 2\n"), md);
        assertTrue(md.contains("## 2. Yhteyshenkilöt rekisteriä koskevissa asioissa\n\n- Eeva Esimerkki, vastaava lääkäri\n"
                + "- Puhelin: 02 555 0101\n\n* Sähköposti: kirjaamo@example.fi\n\n- Matti Malli\n- Verkkosivut: https://example.fi/lomake\n"), md);
        // as a Markdown reader sees it: one list per party, each starting with that party's first line
        assertEquals(List.of(List.of("Eeva Esimerkki, vastaava lääkäri", "Puhelin: 02 555 0101"),
                List.of("Sähköposti: kirjaamo@example.fi"), List.of("Matti Malli", "Verkkosivut: https://example.fi/lomake")),
                listsUnder(md, "2. Yhteyshenkilöt rekisteriä koskevissa asioissa"));
        assertEquals(2, listsUnder(md, "1. Rekisterinpitäjä").size() - 1, "the controller, then the two joint controllers: " + md);
    }

    /** The bullet lists between a heading and the next one, each as the texts of its items. */
    private static List<List<String>> listsUnder(String markdown, String heading) {
        Node document = Parser.builder().build().parse(markdown);
        List<List<String>> lists = new java.util.ArrayList<>();
        boolean inside = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                inside = text(node).equals(heading);
            } else if (inside && node instanceof BulletList) {
                List<String> items = new java.util.ArrayList<>();
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    items.add(text(item));
                }
                lists.add(items);
            }
        }
        return lists;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : text(child));
        }
        return text.toString();
    }
}
