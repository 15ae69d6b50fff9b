package fi.seloste.core;

import fi.seloste.core.load.IndexReader;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.render.NoticeRenderer;
import fi.seloste.core.render.RecordWriter;
import fi.seloste.core.render.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a module's personal-data index and the organisation facts into the record and the notices: the
 * Maven-free heart of {@code seloste:generate}, so it can be tested and benchmarked without Maven.
 */
public final class DocumentGenerator {

    /**
     * What to generate.
     *
     * @param classesDirectory the module's class output, holding {@code META-INF/seloste/personal-data.json}
     * @param outputDirectory where the documents go
     * @param organisation the organisation facts
     * @param registerName the register's name
     * @param languages the notice languages, such as {@code fi}
     * @param date the notice date, or {@code null} for none
     * @param version the seloste version, for messages
     */
    public record Request(
            Path classesDirectory,
            Path outputDirectory,
            Organisation organisation,
            String registerName,
            List<String> languages,
            LocalDate date,
            String version) {}

    /**
     * @param request what to generate
     * @return the files written, in the order written
     * @throws SelosteException listing every problem found, when anything is wrong; nothing is written then
     */
    public List<Path> generate(Request request) throws SelosteException {
        List<Problem> problems = new ArrayList<>(OrganisationCheck.check(
                request.organisation(), request.registerName(), request.languages(), Translations.available()));
        List<PersonalField> fields = load(request, problems);
        if (!problems.isEmpty()) {
            throw new SelosteException(problems);
        }
        fields.sort(Comparator.comparing(PersonalField::className).thenComparing(PersonalField::field));
        ProcessingActivity activity = new ProcessingActivity(request.registerName().strip(), fields);

        Map<String, String> documents = new TreeMap<>();
        documents.put("register.json", new RecordWriter().json(request.organisation(), List.of(activity)));
        NoticeRenderer notices = new NoticeRenderer();
        for (String language : request.languages()) {
            documents.put("notice." + language + ".md",
                    notices.markdown(request.organisation(), activity, language, request.date()));
        }
        return write(request.outputDirectory(), documents);
    }

    private static List<PersonalField> load(Request request, List<Problem> problems) {
        Path index = request.classesDirectory().resolve(IndexReader.LOCATION);
        if (!Files.isRegularFile(index)) {
            problems.add(Diagnostic.INDEX_MISSING.problem(index, request.version()));
            return new ArrayList<>();
        }
        try {
            if (Files.size(index) > IndexReader.MAX_BYTES) {
                problems.add(Diagnostic.INDEX_UNREADABLE.problem(index,
                        "it is larger than " + IndexReader.MAX_BYTES / (1024 * 1024) + " MB"));
                return new ArrayList<>();
            }
            try (InputStream in = Files.newInputStream(index)) {
                return new ArrayList<>(new IndexReader().read(in, index.toString(), problems));
            }
        } catch (IOException e) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(index, e.getMessage()));
            return new ArrayList<>();
        }
    }

    private static List<Path> write(Path directory, Map<String, String> documents) throws SelosteException {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(directory, e)));
        }
        for (Map.Entry<String, String> document : documents.entrySet()) {
            Path target = directory.resolve(document.getKey());
            try {
                Path temporary = Files.createTempFile(directory, ".seloste-", ".tmp");
                Files.writeString(temporary, document.getValue(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(target);
            } catch (IOException e) {
                throw new SelosteException(List.of(Diagnostic.OUTPUT_NOT_WRITABLE.problem(target, e)));
            }
        }
        return written;
    }
}
