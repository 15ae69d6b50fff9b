package fi.seloste.processor.detection;

import java.util.Optional;

/** TEMPORARY stand-in, replaced by the real detector from the detector branch. */
public final class PersonalFieldDetector {
    public record Suspicion(String matched, String meaning, String reason) {}

    public Optional<Suspicion> inspect(String fieldName, String qualifiedTypeName) {
        String n = fieldName.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("email") || qualifiedTypeName.equals("java.net.InetAddress")) {
            return Optional.of(new Suspicion(n, "e-mail", "its name contains \"email\" (an e-mail address)"));
        }
        return Optional.empty();
    }
}
