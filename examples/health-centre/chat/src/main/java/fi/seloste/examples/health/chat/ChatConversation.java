package fi.seloste.examples.health.chat;

import fi.seloste.DataCategories;
import fi.seloste.NotPersonalData;
import fi.seloste.PersonalData;
import fi.seloste.Sources;
import fi.seloste.examples.health.catalogue.Purposes;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.InetAddress;
import java.time.Instant;

/** One chat conversation with a customer; its facts come from the package defaults. */
@Entity
public class ChatConversation {

    @Id
    private long id;

    @PersonalData(source = Sources.SERVICE_GENERATED, category = DataCategories.USAGE,
            label = "Keskustelun alkamisaika", labelSv = "Chattens starttid", labelEn = "Start of the conversation")
    private Instant startedAt;

    @PersonalData(source = Sources.SERVICE_GENERATED, category = DataCategories.USAGE,
            label = "Keskustelun päättymisaika", labelSv = "Chattens sluttid", labelEn = "End of the conversation")
    private Instant endedAt;

    @PersonalData(category = DataCategories.IDENTITY,
            label = "Asiakkaan nimi", labelSv = "Kundens namn", labelEn = "Customer's name")
    private String customerName;

    @PersonalData(category = DataCategories.CONTACT,
            label = "Puhelinnumero", labelSv = "Telefonnummer", labelEn = "Phone number")
    private String phoneNumber;

    @PersonalData(purpose = {Purposes.CHAT_SERVICE, Purposes.CHAT_QUALITY}, category = DataCategories.COMMUNICATION_CONTENT,
            label = "Keskustelun viestit", labelSv = "Chattens meddelanden", labelEn = "Messages of the conversation")
    private String transcript;

    @PersonalData(retention = "P90D", source = Sources.SERVICE_GENERATED, category = DataCategories.ONLINE_IDENTIFIERS,
            label = "IP-osoite", labelSv = "IP-adress", labelEn = "IP address")
    private InetAddress ipAddress;

    @NotPersonalData(reason = "The address of the chat queue, the same for every customer")
    private String queueEmail;
}
