package fi.seloste.processor.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds the detector's words, read once per class loader from {@code words/<language>/<kind>.txt} next to this
 * class, so that a word or a whole language is added by editing text files, not Java.
 *
 * <p>{@code words/languages.txt} names the language folders, read in that order. Each file holds one word per line;
 * blank lines and lines starting with {@code #} are skipped. Dictionary words live in
 * {@code <meaning>-<reach>.txt} ({@code email-strong.txt}, {@code name-cued.txt}); words whose accented spelling
 * means something else than the folded one in {@code <meaning>-<reach>-accented.txt}; the context words in the files
 * named after the sets below ({@code person.txt}, {@code things.txt}, ...). A file a language does not need is
 * simply absent. When two files give one word different meanings, the later one (in meaning, reach and language
 * order) wins.
 */
final class Dictionary {

    private static final String FOLDER = "words/";

    /** Dictionary words, folded, and what each suggests. */
    static final Map<String, Term> TERMS;
    /** Entries whose accented spelling differs in meaning from the folded one ("lön" salary vs "lon"). */
    static final Map<String, Term> EXACT;
    /** People whose name, number or message a generic noun after them denotes; they also win over THINGS. */
    static final Set<String> PERSON;
    /** Person nouns that, ending a text field, hold that person's name or login. */
    static final Set<String> PERSON_ALONE;
    /** Words that, owning a personal word, make it about a machine, a service or an organisation. */
    static final Set<String> THINGS;
    /** Words after a personal word that show the field describes the data rather than holding it. */
    static final Set<String> METADATA;
    /** Words that do not turn health or special-category words into metadata: a vaccination status is health data. */
    static final Set<String> SENSITIVE_TAIL;
    /** Words that may follow even an ambiguous personal word without changing what it holds. */
    static final Set<String> NEUTRAL;
    /** Words that may follow a message noun: "customerMessageText". */
    static final Set<String> MESSAGE_TAIL;
    /** Words skipped between a person word and the generic noun it qualifies ({@code userDisplayName}). */
    static final Set<String> MODIFIERS;
    /** Words that make a latitude or location about a person or their device: the person words and a few more. */
    static final Set<String> LOCATION_CUES;
    /** Verbs that, before a word of {@link #BY} in a text field, name whoever did it. */
    static final Set<String> ACTOR_VERBS;
    /** "by", "av": the word after an actor verb. */
    static final Set<String> BY;
    /** Two-letter words the compound splitter may cut off (other pieces need three letters). */
    static final Set<String> SHORT_PIECES;
    /** Heads recognised at the end of an otherwise unknown glued word ("bruttopalkka", "lankapuhelin"), in order. */
    static final List<String> COMPOUND_HEADS;
    /** Every word the compound splitter may cut a glued word into. */
    static final Set<String> VOCABULARY;

    // ------------------------------------------------------------------ context: what a class is, what a field is for

    /** Nouns that, heading a class name ({@code Customer}, {@code AdminUserDto}, {@code Henkilo}), make it a person. */
    static final Set<String> PERSON_CLASS;
    /** Heads of classes whose rows are things, not records about people ({@code Room}, {@code Product}, {@code Group}). */
    static final Set<String> THING_CLASS;
    /** Heads of classes whose rows are organisations or their units: their addresses and phones are not personal. */
    static final Set<String> ORGANISATION_CLASS;
    /** Heads of classes whose rows are animals: a pet's name and birth date are not a person's. */
    static final Set<String> ANIMAL_CLASS;
    /** Technical endings of class names skipped before the head ({@code Dto}, {@code Entity}, {@code Details}). */
    static final Set<String> CLASS_SUFFIX;
    /** Words that make a field about the record or the system: its state, type, code table or technical detail. */
    static final Set<String> RECORD_STATE;
    /** Words that, in a date or time, make it the record's bookkeeping ({@code createdAt}, {@code muokattu}). */
    static final Set<String> AUDIT;
    /** Words of settings that govern how a record is processed: expiry, validity, retries, delivery errors. */
    static final Set<String> PROCESSING;
    /** Words that make a yes/no field a fact about a person or their choice ({@code consent}, {@code deceased}). */
    static final Set<String> PERSON_FLAG;
    /** Words that make a flag (yes/no, a number, one character) the state of the record or account ({@code active}, {@code locked}, {@code test}). */
    static final Set<String> ACCOUNT_STATE;
    /** Words that, next to a person word, make a field a reference to that person ({@code customerId}, {@code henkiloOid}). */
    static final Set<String> REFERENCE;
    /** Person words that, before a word of {@link #REFERENCE}, name a person: PERSON and PERSON_ALONE without STRUCTURE. */
    static final Set<String> REFERENCED_PERSON;
    /** Words of tree and list structure ({@code parentId}): a row of the same table, not a person. */
    static final Set<String> STRUCTURE;

    static {
        List<String> languages = read("languages.txt", true);
        Map<String, Term> terms = new HashMap<>();
        Map<String, Term> exact = new HashMap<>();
        for (Meaning meaning : Meaning.values()) {
            for (Reach reach : Reach.values()) {
                Term term = new Term(meaning, reach);
                String stem = meaning.fileStem() + reach.fileSuffix();
                for (String language : languages) {
                    for (String word : read(language + "/" + stem + ".txt", false)) {
                        terms.put(NameWords.fold(word), term);
                    }
                    for (String word : read(language + "/" + stem + "-accented.txt", false)) {
                        exact.put(word, term);
                    }
                }
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalStateException("no detector words under " + FOLDER + " next to " + Dictionary.class.getName());
        }
        TERMS = Map.copyOf(terms);
        EXACT = Map.copyOf(exact);
        PERSON = Set.copyOf(words(languages, "person"));
        PERSON_ALONE = Set.copyOf(words(languages, "person-alone"));
        THINGS = Set.copyOf(words(languages, "things"));
        METADATA = Set.copyOf(words(languages, "metadata"));
        SENSITIVE_TAIL = Set.copyOf(words(languages, "sensitive-tail"));
        NEUTRAL = Set.copyOf(words(languages, "neutral"));
        MESSAGE_TAIL = Set.copyOf(words(languages, "message-tail"));
        MODIFIERS = Set.copyOf(words(languages, "modifiers"));
        Set<String> cues = new HashSet<>(PERSON);
        cues.addAll(words(languages, "location-cues"));
        LOCATION_CUES = Set.copyOf(cues);
        ACTOR_VERBS = Set.copyOf(words(languages, "actor-verbs"));
        BY = Set.copyOf(words(languages, "by"));
        SHORT_PIECES = Set.copyOf(words(languages, "short-pieces"));
        COMPOUND_HEADS = List.copyOf(words(languages, "compound-heads"));
        Set<String> vocabulary = new HashSet<>(TERMS.keySet());
        vocabulary.addAll(PERSON);
        vocabulary.addAll(PERSON_ALONE);
        vocabulary.addAll(THINGS);
        vocabulary.addAll(METADATA);
        vocabulary.addAll(NEUTRAL);
        vocabulary.addAll(MODIFIERS);
        vocabulary.addAll(ACTOR_VERBS);
        vocabulary.addAll(words(languages, "compound-pieces"));
        PERSON_CLASS = Set.copyOf(words(languages, "person-class"));
        THING_CLASS = Set.copyOf(words(languages, "thing-class"));
        ORGANISATION_CLASS = Set.copyOf(words(languages, "organisation-class"));
        CLASS_SUFFIX = Set.copyOf(words(languages, "class-suffix"));
        ANIMAL_CLASS = Set.copyOf(words(languages, "animal-class"));
        RECORD_STATE = Set.copyOf(words(languages, "record-state"));
        AUDIT = Set.copyOf(words(languages, "audit"));
        PROCESSING = Set.copyOf(words(languages, "processing"));
        PERSON_FLAG = Set.copyOf(words(languages, "person-flag"));
        ACCOUNT_STATE = Set.copyOf(words(languages, "account-state"));
        REFERENCE = Set.copyOf(words(languages, "reference"));
        STRUCTURE = Set.copyOf(words(languages, "structure"));
        Set<String> referenced = new HashSet<>(PERSON);
        referenced.addAll(PERSON_ALONE);
        referenced.removeAll(STRUCTURE);
        REFERENCED_PERSON = Set.copyOf(referenced);
        vocabulary.addAll(PERSON_CLASS);
        vocabulary.addAll(THING_CLASS);
        vocabulary.addAll(ORGANISATION_CLASS);
        vocabulary.addAll(ANIMAL_CLASS);
        vocabulary.addAll(RECORD_STATE);
        vocabulary.addAll(AUDIT);
        vocabulary.addAll(PROCESSING);
        vocabulary.addAll(PERSON_FLAG);
        vocabulary.addAll(REFERENCE);
        VOCABULARY = Set.copyOf(vocabulary);
    }

    private Dictionary() {
    }

    /** The folded words of one kind, every language's file in turn, in file order (duplicates kept once). */
    private static List<String> words(List<String> languages, String kind) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String language : languages) {
            for (String word : read(language + "/" + kind + ".txt", false)) {
                String folded = NameWords.fold(word);
                if (seen.add(folded)) {
                    out.add(folded);
                }
            }
        }
        return out;
    }

    /** The words of one file, or none when the file is absent and not {@code required}. */
    private static List<String> read(String file, boolean required) {
        List<String> words = WordFiles.ALL.get(file);
        if (words != null) {
            return words;
        }
        if (required) {
            throw new IllegalStateException("missing " + FOLDER + file + " next to " + Dictionary.class.getName());
        }
        return List.of();
    }

    /**
     * Every word file, read once: from the processor's own jar through the bundle the build writes ({@link WordBundle}),
     * else in one pass over the jar's entries (a cold javac would otherwise open the jar once per file, some 500
     * lookups and most of a second); from the classes folder file by file, so that an edited word file counts at once
     * in the processor's own tests and an IDE.
     */
    private static final class WordFiles {
        static final Map<String, List<String>> ALL = load();

        private static Map<String, List<String>> load() {
            String prefix = Dictionary.class.getPackageName().replace('.', '/') + "/" + FOLDER;
            Map<String, List<String>> files = new HashMap<>();
            try {
                java.security.CodeSource source = Dictionary.class.getProtectionDomain().getCodeSource();
                java.nio.file.Path location = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
                if (location != null && java.nio.file.Files.isRegularFile(location)) {
                    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
                        java.util.jar.JarEntry bundle = jar.getJarEntry(
                                Dictionary.class.getPackageName().replace('.', '/') + "/" + WordBundle.NAME);
                        if (bundle != null) {
                            try (InputStream in = jar.getInputStream(bundle)) {
                                Map<String, List<String>> bundled = WordBundle.read(in);
                                if (bundled != null) {
                                    return Map.copyOf(bundled);
                                }
                            }
                        }
                        for (var entries = jar.entries(); entries.hasMoreElements();) {
                            java.util.jar.JarEntry entry = entries.nextElement();
                            if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".txt")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    files.put(entry.getName().substring(prefix.length()), lines(in));
                                }
                            }
                        }
                    }
                    return Map.copyOf(files);
                }
                if (location != null && java.nio.file.Files.isDirectory(location.resolve(prefix))) {
                    java.nio.file.Path root = location.resolve(prefix);
                    try (var walk = java.nio.file.Files.walk(root)) {
                        for (java.nio.file.Path p : walk.filter(f -> f.toString().endsWith(".txt")).toList()) {
                            try (InputStream in = java.nio.file.Files.newInputStream(p)) {
                                files.put(root.relativize(p).toString().replace(java.io.File.separatorChar, '/'), lines(in));
                            }
                        }
                    }
                    return Map.copyOf(files);
                }
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
                // fall through to reading each file through the class loader
            }
            return resources();
        }

        /** The slow way, one class-loader lookup per file, for a processor loaded from neither a jar nor a folder. */
        private static Map<String, List<String>> resources() {
            Map<String, List<String>> files = new HashMap<>();
            List<String> names = new ArrayList<>(List.of("languages.txt"));
            List<String> languages = fetch("languages.txt");
            if (languages == null) {
                return Map.of();
            }
            files.put("languages.txt", languages);
            for (Meaning meaning : Meaning.values()) {
                for (Reach reach : Reach.values()) {
                    names.add(meaning.fileStem() + reach.fileSuffix() + ".txt");
                    names.add(meaning.fileStem() + reach.fileSuffix() + "-accented.txt");
                }
            }
            names.addAll(List.of("person.txt", "person-alone.txt", "things.txt", "metadata.txt", "sensitive-tail.txt",
                    "neutral.txt", "message-tail.txt", "modifiers.txt", "location-cues.txt", "actor-verbs.txt", "by.txt",
                    "short-pieces.txt", "compound-heads.txt", "compound-pieces.txt", "person-class.txt", "thing-class.txt",
                    "organisation-class.txt", "animal-class.txt", "class-suffix.txt", "record-state.txt", "audit.txt",
                    "processing.txt", "person-flag.txt", "account-state.txt", "reference.txt", "structure.txt"));
            for (String language : languages) {
                for (String name : names) {
                    List<String> words = fetch(language + "/" + name);
                    if (words != null) {
                        files.put(language + "/" + name, words);
                    }
                }
            }
            return Map.copyOf(files);
        }

        private static List<String> fetch(String file) {
            URL url = Dictionary.class.getResource(FOLDER + file);
            if (url == null) {
                return null;
            }
            try {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false); // a build daemon must not keep a cached, later replaced processor jar open
                try (InputStream in = connection.getInputStream()) {
                    return lines(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FOLDER + file, e);
            }
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return words;
    }
}
