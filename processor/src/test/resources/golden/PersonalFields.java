package com.example.chat;

import fi.seloste.RetentionTrigger;
import fi.seloste.metamodel.PersonalFieldDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The personal fields declared with {@code @PersonalData} in this package: one nested class per class.
 */
@Generated("fi.seloste.processor.PersonalDataProcessor")
public final class PersonalFields {
    /**
     * Every personal field of this package, by class and then by name.
     */
    public static final List<PersonalFieldDescriptor> ALL;

    static {
        List<PersonalFieldDescriptor> all = new ArrayList<>();
        all.addAll(ChatConversation.FIELDS);
        all.addAll(ChatConversation_Attachment.FIELDS);
        all.addAll(Customer.FIELDS);
        ALL = Collections.unmodifiableList(all);
    }

    private PersonalFields() {
    }

    /**
     * The personal fields of {@link com.example.chat.ChatConversation}.
     */
    public static final class ChatConversation {
        /**
         * {@code customerName}: Asiakkaan nimi
         */
        public static final PersonalFieldDescriptor CUSTOMER_NAME = new PersonalFieldDescriptor(com.example.chat.ChatConversation.class, "customerName", "Asiakkaan nimi", new String[] {"Asiakaspalvelu"}, "P4M", RetentionTrigger.CONVERSATION_END, null, new String[] {"identity"}, false, null);

        /**
         * {@code healthNote}: healthNote
         */
        public static final PersonalFieldDescriptor HEALTH_NOTE = new PersonalFieldDescriptor(com.example.chat.ChatConversation.class, "healthNote", "healthNote", new String[] {"Asiakaspalvelu"}, null, null, "Kunnes asiakas poistaa tilinsä", new String[0], true, null);

        /**
         * {@code ipAddress}: ipAddress
         */
        public static final PersonalFieldDescriptor IP_ADDRESS = new PersonalFieldDescriptor(com.example.chat.ChatConversation.class, "ipAddress", "ipAddress", new String[] {"Asiakaspalvelu", "Väärinkäytösten selvittäminen"}, "P90D", RetentionTrigger.COLLECTION, null, new String[] {"online-identifiers"}, false, null);

        /**
         * Every personal field of {@link com.example.chat.ChatConversation}, sorted by name.
         */
        public static final List<PersonalFieldDescriptor> FIELDS = Collections.unmodifiableList(Arrays.asList(CUSTOMER_NAME, HEALTH_NOTE, IP_ADDRESS));

        private ChatConversation() {
        }
    }

    /**
     * The personal fields of {@link com.example.chat.ChatConversation.Attachment}.
     */
    public static final class ChatConversation_Attachment {
        /**
         * {@code content}: content
         */
        public static final PersonalFieldDescriptor CONTENT = new PersonalFieldDescriptor(com.example.chat.ChatConversation.Attachment.class, "content", "content", new String[] {"Asiakaspalvelu"}, "P4M", RetentionTrigger.COLLECTION, null, new String[0], false, null);

        /**
         * Every personal field of {@link com.example.chat.ChatConversation.Attachment}, sorted by name.
         */
        public static final List<PersonalFieldDescriptor> FIELDS = Collections.unmodifiableList(Arrays.asList(CONTENT));

        private ChatConversation_Attachment() {
        }
    }

    /**
     * The personal fields of {@link com.example.chat.Customer}.
     */
    public static final class Customer {
        /**
         * {@code email}: Sähköposti &lt;b&gt;*&#47; &#64;see
         */
        public static final PersonalFieldDescriptor EMAIL = new PersonalFieldDescriptor(com.example.chat.Customer.class, "email", "Sähköposti <b>*/ @see", new String[] {"Asiakaspalvelu"}, "P2Y", RetentionTrigger.RELATIONSHIP_END, null, new String[0], false, null);

        /**
         * Every personal field of {@link com.example.chat.Customer}, sorted by name.
         */
        public static final List<PersonalFieldDescriptor> FIELDS = Collections.unmodifiableList(Arrays.asList(EMAIL));

        private Customer() {
        }
    }
}
