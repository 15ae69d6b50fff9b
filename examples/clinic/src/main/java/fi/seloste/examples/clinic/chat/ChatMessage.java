package fi.seloste.examples.clinic.chat;

import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;
import java.time.Instant;

/**
 * One message in a chat conversation.
 *
 * @param sentAt when it was sent
 * @param fromCustomer whether the customer wrote it
 * @param text what was written
 */
public record ChatMessage(
        Instant sentAt,
        boolean fromCustomer,
        @PersonalData(purpose = {ChatConversation.PURPOSE_SERVICE, ChatConversation.PURPOSE_QUALITY}, retention = "P4M",
                retentionFrom = RetentionTrigger.CONVERSATION_END, source = ChatConversation.CUSTOMER,
                label = "Viestien sisältö")
        String text) {}
