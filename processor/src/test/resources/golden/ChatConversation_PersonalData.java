package com.example.chat;

import fi.seloste.RetentionTrigger;
import fi.seloste.metamodel.PersonalFieldDescriptor;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The personal fields of {@link ChatConversation}, as declared with {@code @PersonalData}.
 */
@Generated("fi.seloste.processor.PersonalDataProcessor")
public final class ChatConversation_PersonalData {
    /**
     * {@code customerName}: Asiakkaan nimi
     */
    public static final PersonalFieldDescriptor CUSTOMER_NAME = new PersonalFieldDescriptor(ChatConversation.class, "customerName", "Asiakkaan nimi", Arrays.asList("Asiakaspalvelu"), "P4M", RetentionTrigger.CONVERSATION_END, null, Arrays.asList("identity"), false, null);

    /**
     * {@code healthNote}: healthNote
     */
    public static final PersonalFieldDescriptor HEALTH_NOTE = new PersonalFieldDescriptor(ChatConversation.class, "healthNote", "healthNote", Arrays.asList("Asiakaspalvelu"), null, null, "Kunnes asiakas poistaa tilinsä", Collections.<String>emptyList(), true, null);

    /**
     * {@code ipAddress}: ipAddress
     */
    public static final PersonalFieldDescriptor IP_ADDRESS = new PersonalFieldDescriptor(ChatConversation.class, "ipAddress", "ipAddress", Arrays.asList("Asiakaspalvelu", "Väärinkäytösten selvittäminen"), "P90D", RetentionTrigger.COLLECTION, null, Arrays.asList("online-identifiers"), false, null);

    /**
     * Every personal field of {@link ChatConversation}, sorted by name.
     */
    public static final List<PersonalFieldDescriptor> FIELDS = Collections.unmodifiableList(Arrays.asList(CUSTOMER_NAME, HEALTH_NOTE, IP_ADDRESS));

    private ChatConversation_PersonalData() {
    }
}
