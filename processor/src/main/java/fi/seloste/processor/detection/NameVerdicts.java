package fi.seloste.processor.detection;

import fi.seloste.processor.detection.PersonalFieldDetector.Suspicion;
import fi.seloste.processor.detection.PersonalFieldDetector.Where;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the word detector's verdict per field name, type and kind of class for one compilation round, because
 * the context rules ask about the same field more than once and real projects repeat names ({@code id},
 * {@code name}, {@code createdAt}) in every class: each combination is split into words and looked up once.
 */
final class NameVerdicts {

    private final PersonalFieldDetector detector;
    private final Map<String, Optional<Suspicion>> verdicts = new HashMap<>();

    NameVerdicts(PersonalFieldDetector detector) {
        this.detector = detector;
    }

    Optional<Suspicion> inspect(String name, String type, Where where) {
        return verdicts.computeIfAbsent(where.ordinal() + "\u0000" + name + "\u0000" + type,
                k -> detector.inspect(name, type, where));
    }
}
