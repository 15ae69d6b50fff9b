package fi.seloste.examples.clinic.chat;

import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One conversation in the clinic's customer-service chat, kept for quality assurance. */
public class ChatConversation {

    static final String PURPOSE_SERVICE = "Asiakkaiden kysymyksiin vastaaminen ja ajanvarauksessa avustaminen chatissa";
    static final String PURPOSE_QUALITY = "Chat-palvelun laadun ja vastausten oikeellisuuden varmistaminen";
    static final String CUSTOMER = "Asiakas itse chat-keskustelussa";

    private long id;
    private Instant startedAt;
    private Instant endedAt;

    @PersonalData(purpose = PURPOSE_SERVICE, retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
            source = CUSTOMER, label = "Asiakkaan nimi")
    private String customerName;

    @PersonalData(purpose = PURPOSE_SERVICE, retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
            source = CUSTOMER, label = "Puhelinnumero")
    private String phoneNumber;

    /** The messages; their text is declared in {@link ChatMessage}. */
    private final List<ChatMessage> messages = new ArrayList<>();

    @PersonalData(purpose = "Chat-palvelun tietoturvan ja väärinkäytösten selvittäminen", retention = "P90D",
            legitimateInterest = "Chat-palvelun tietoturvan ylläpitäminen ja väärinkäytösten selvittäminen",
            source = "Asiakkaan päätelaite (chat-palvelun lokitiedot)", sourceKind = SourceKind.OBSERVED,
            label = "IP-osoite")
    private InetAddress ipAddress;

    public long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String customerName() {
        return customerName;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public List<ChatMessage> messages() {
        return messages;
    }

    public InetAddress ipAddress() {
        return ipAddress;
    }
}
