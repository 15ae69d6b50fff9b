package fi.seloste.core.record;

import fi.seloste.Practice;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one published {@code register.json} says, read back into the core's own types: the input of an organisation
 * record and of the machine-readable exports, which work from the published record rather than from the code.
 *
 * @param coordinates the application's {@code groupId:artifactId:version} (or the file), for messages and origins
 * @param controller the controller the record was written for
 * @param publicAuthority whether that controller is a public authority
 * @param activities the registers, in the record's order
 * @param noticeDate the date of the notices written with the record, or {@code null} when they had none (or the
 *     record is older than the {@code noticeDate} member)
 */
public record PublishedRecord(String coordinates, Controller controller, boolean publicAuthority,
        List<Activity> activities, java.time.LocalDate noticeDate) {

    public PublishedRecord {
        activities = List.copyOf(activities);
    }

    /**
     * A record without a notice date.
     *
     * @param coordinates see the record @param controller see the record @param publicAuthority see the record
     * @param activities see the record
     */
    public PublishedRecord(String coordinates, Controller controller, boolean publicAuthority, List<Activity> activities) {
        this(coordinates, controller, publicAuthority, activities, null);
    }

    /**
     * One register of the record (Art. 30(1)(a)-(g)).
     *
     * @param id the register id; {@code default} for the fields that named no register
     * @param names the name by language
     * @param descriptions the description by language
     * @param purposes the purposes with their legal facts; a free-text one has {@link DeclaredPurpose#freeText()}
     * @param subjects the groups of data subjects
     * @param categories the categories of personal data
     * @param sources the sources with who they are; each with the fields that name it
     * @param recipients the recipients (disclosures, then processors), each a {@code RECIPIENTS} term with its kind,
     *     country and, for a transfer, safeguard
     * @param none the practices the record states are not used
     * @param securityManual the security measures for manual material, as keys
     * @param securityElectronic the security measures for electronic material, as keys
     * @param fields every field, with its facts as the index had them and {@link PersonalField#register()} set
     *     ({@code null} for the default register)
     * @param undeclared the fields recorded as undeclared (warning mode)
     */
    public record Activity(String id, Map<String, String> names, Map<String, String> descriptions,
            List<DeclaredPurpose> purposes, List<Named> subjects, List<Named> categories, List<DeclaredSource> sources,
            List<Term> recipients, Set<Practice> none, List<String> securityManual, List<String> securityElectronic,
            List<PersonalField> fields, List<Undeclared> undeclared) {

        public Activity {
            names = Map.copyOf(names);
            descriptions = Map.copyOf(descriptions);
            purposes = List.copyOf(purposes);
            subjects = List.copyOf(subjects);
            categories = List.copyOf(categories);
            sources = List.copyOf(sources);
            recipients = List.copyOf(recipients);
            none = Set.copyOf(none);
            securityManual = List.copyOf(securityManual);
            securityElectronic = List.copyOf(securityElectronic);
            fields = List.copyOf(fields);
            undeclared = List.copyOf(undeclared);
        }

        /** @return whether this is the register of the fields that named none */
        public boolean isDefault() {
            return fi.seloste.core.model.ProcessingActivity.DEFAULT_ID.equals(id);
        }
    }

    /**
     * A data subject group or data category as the record lists it.
     *
     * @param key the vocabulary key, or {@code null} for a free text
     * @param texts the name by language (a free text: Finnish only)
     * @param special for a category: special-category data (Art. 9)
     */
    public record Named(String key, Map<String, String> texts, boolean special) {

        public Named {
            texts = Map.copyOf(texts);
        }

        /** @return the key fields use for it: the key, or for a free text the text itself */
        public String fieldKey() {
            return key != null ? key : texts.get("fi");
        }
    }
}
