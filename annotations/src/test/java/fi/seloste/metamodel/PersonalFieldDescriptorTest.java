package fi.seloste.metamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.seloste.RetentionTrigger;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PersonalFieldDescriptorTest {

    static class Conversation {
        private final String customerName = "Maija";
    }

    private final PersonalFieldDescriptor name = new PersonalFieldDescriptor(Conversation.class, "customerName",
            "Asiakkaan nimi", new String[] {"chat-service"}, "P4M", RetentionTrigger.CONVERSATION_END, null, new String[] {"identity"}, false, "chat");

    @Test
    void retentionJobsComputeTheLastDay() {
        assertEquals(Period.ofMonths(4), name.retention());
        assertEquals(LocalDate.of(2026, 6, 30), name.deleteAfter(LocalDate.of(2026, 2, 28)).plusDays(2));
        assertEquals(LocalDate.of(2026, 6, 28), name.deleteAfter(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void exportsReadTheValue() {
        assertEquals("Maija", name.read(new Conversation()));
    }

    @Test
    void criteriaHaveNoLastDay() {
        PersonalFieldDescriptor criteria = new PersonalFieldDescriptor(Conversation.class, "customerName", "Nimi",
                new String[] {"p"}, null, null, "Asiakassuhteen ajan", new String[0], false, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> criteria.deleteAfter(LocalDate.now()));
        assertEquals(true, e.getMessage().contains("Asiakassuhteen ajan"));
    }
}
