package com.example.chat;

import fi.seloste.RetentionTrigger;
import fi.seloste.metamodel.PersonalFieldDescriptor;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The personal fields of {@link ChatConversation.Attachment}, as declared with {@code @PersonalData}.
 */
@Generated("fi.seloste.processor.PersonalDataProcessor")
public final class ChatConversation_Attachment_PersonalData {
    /**
     * {@code content}: content
     */
    public static final PersonalFieldDescriptor CONTENT = new PersonalFieldDescriptor(ChatConversation.Attachment.class, "content", "content", Arrays.asList("Asiakaspalvelu"), "P4M", RetentionTrigger.COLLECTION, null, Collections.<String>emptyList(), false, null);

    /**
     * Every personal field of {@link ChatConversation.Attachment}, sorted by name.
     */
    public static final List<PersonalFieldDescriptor> FIELDS = Collections.unmodifiableList(Arrays.asList(CONTENT));

    private ChatConversation_Attachment_PersonalData() {
    }
}
