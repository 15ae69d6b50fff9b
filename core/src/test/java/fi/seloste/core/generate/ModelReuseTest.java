package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.FREE_TEXT;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.check.DriftCheck;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.output.DocumentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One model per run serves every use: writing, rendering and comparing with committed documents. */
class ModelReuseTest {

    @TempDir
    Path dir;

    DocumentGenerator.Request request(String index, String registerName, Path templates, List<String> languages) throws Exception {
        return new DocumentGenerator.Request(List.of(source(classes(dir, "classes", index), "com.example:chat:1.0")), List.of(),
                dir.resolve("out"), ORGANISATION, registerName, languages, LocalDate.of(2026, 2, 13), templates, "1.0");
    }

    @Test
    void comparingTheModelsDocumentsFindsWhatComparingRenderedTextFinds() throws Exception {
        DocumentGenerator.Request r = request(CATALOGUE, null, null, List.of("fi", "sv", "en"));
        Map<String, String> rendered = new DocumentGenerator().render(r).documents();
        Path committed = Files.createDirectories(dir.resolve("committed"));
        DocumentFiles.write(committed, new DocumentGenerator().model(r, new Problems()).documents());
        for (Map.Entry<String, String> document : rendered.entrySet()) {
            assertEquals(document.getValue(), Files.readString(committed.resolve(document.getKey())), document.getKey());
        }
        DocumentGenerator.Model model = new DocumentGenerator().model(r, new Problems());
        assertEquals(List.of(), DriftCheck.compare(committed, model.documents(), "REFRESH"));

        String swedish = rendered.keySet().stream().filter(name -> name.endsWith(".sv.md")).findFirst().orElseThrow();
        Files.writeString(committed.resolve(swedish), "changed\n");
        Files.delete(committed.resolve("register.json"));
        assertEquals(DriftCheck.compare(committed, rendered, "REFRESH"), DriftCheck.compare(committed, model.documents(), "REFRESH"));
        assertEquals(2, DriftCheck.compare(committed, model.documents(), "REFRESH").size());
    }

    @Test
    void theCallersProblemsComeFirstAndTheCoresFollowInOneFailure() throws Exception {
        Problems problems = new Problems();
        problems.report(Diagnostic.INVALID_DATE, "yesterday");
        SelosteException e = assertThrows(SelosteException.class,
                () -> new DocumentGenerator().generate(request(FREE_TEXT, null, null, List.of("fi")), problems));
        List<String> ids = e.problems().stream().map(p -> p.diagnostic().id()).toList();
        assertEquals("SELOSTE-M216", ids.get(0), ids.toString());
        assertTrue(ids.contains("SELOSTE-M205"), ids.toString());
        assertEquals(problems.list(), e.problems());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aFailingTemplateIsReportedWithTheCallersProblems() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("notice.md.peb"), "{{ n.noSuchThing }}\n");
        Problems problems = new Problems();
        problems.report(Diagnostic.INVALID_DATE, "yesterday");
        SelosteException e = assertThrows(SelosteException.class,
                () -> new DocumentGenerator().model(request(FREE_TEXT, "Chat-rekisteri", templates, List.of("fi")), problems));
        List<Problem> found = e.problems();
        assertEquals(2, found.size(), found.toString());
        assertEquals("SELOSTE-M216", found.get(0).diagnostic().id());
        assertEquals("SELOSTE-M402", found.get(1).diagnostic().id());
    }
}
