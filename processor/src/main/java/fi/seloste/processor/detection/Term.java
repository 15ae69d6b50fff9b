package fi.seloste.processor.detection;

/**
 * A dictionary word's verdict: what it suggests a field holds and how much context it needs, one per word of the
 * word files.
 */
record Term(Meaning meaning, Reach reach) {
}
