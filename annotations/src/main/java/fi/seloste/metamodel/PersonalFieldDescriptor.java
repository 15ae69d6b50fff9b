package fi.seloste.metamodel;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the code declared about one personal field, available at run time through the generated
 * {@code PersonalFields} class of each package, so access-request exports and retention jobs can be driven by
 * the same facts as the privacy notice.
 *
 * <pre>{@code
 * for (PersonalFieldDescriptor field : PersonalFields.ChatConversation.FIELDS) {
 *     if (field.retentionFrom() == RetentionTrigger.CONVERSATION_END
 *             && field.deleteAfter(conversation.endedAt()).isBefore(today)) { ... }
 * }
 * }</pre>
 */
public final class PersonalFieldDescriptor {

    private final Class<?> owner;
    private final String name;
    private final String label;
    private final List<String> purposes;
    private final RetentionPeriod retention;
    private final RetentionTrigger retentionFrom;
    private final String retentionCriteria;
    private final List<String> categories;
    private final boolean special;
    private final String register;

    /**
     * Called by generated code; application code reads the constants of the generated classes. The lists are
     * arrays so the generated initialisers compile without generic type inference.
     *
     * @param owner the class declaring the field
     * @param name the field name
     * @param label the Finnish label, or the field name
     * @param purposes the purpose keys or texts
     * @param retention the ISO-8601 period, or {@code null} when criteria are given
     * @param retentionFrom the trigger, or {@code null} with criteria
     * @param retentionCriteria the criteria, or {@code null}
     * @param categories the data-category keys
     * @param special whether it is special-category data
     * @param register the register id, or {@code null}
     */
    public PersonalFieldDescriptor(Class<?> owner, String name, String label, String[] purposes, String retention,
            RetentionTrigger retentionFrom, String retentionCriteria, String[] categories, boolean special, String register) {
        this.owner = owner;
        this.name = name;
        this.label = label;
        this.purposes = Collections.unmodifiableList(new ArrayList<String>(Arrays.asList(purposes)));
        this.retention = retention == null ? null : RetentionPeriod.parse(retention);
        this.retentionFrom = retentionFrom;
        this.retentionCriteria = retentionCriteria;
        this.categories = Collections.unmodifiableList(new ArrayList<String>(Arrays.asList(categories)));
        this.special = special;
        this.register = register;
    }

    /** @return the class that declares the field */
    public Class<?> owner() {
        return owner;
    }

    /** @return the field name */
    public String name() {
        return name;
    }

    /** @return the Finnish label shown in notices, or the field name */
    public String label() {
        return label;
    }

    /** @return the purposes, keys in catalogue mode */
    public List<String> purposes() {
        return purposes;
    }

    /** @return the retention period, or {@code null} when only criteria are declared */
    public Period retention() {
        return retention == null ? null : retention.toPeriod();
    }

    /** @return the retention period as written, such as {@code P4M}, or {@code null} */
    public RetentionPeriod retentionPeriod() {
        return retention;
    }

    /** @return the event the retention period counts from, or {@code null} with criteria */
    public RetentionTrigger retentionFrom() {
        return retentionFrom;
    }

    /** @return the retention criteria, or {@code null} when a period is declared */
    public String retentionCriteria() {
        return retentionCriteria;
    }

    /** @return the data-category keys */
    public List<String> categories() {
        return categories;
    }

    /** @return whether the field holds special-category data (GDPR Art. 9) */
    public boolean special() {
        return special;
    }

    /** @return the register id, or {@code null} for the module's default register */
    public String register() {
        return register;
    }

    /**
     * @param triggerDate the date of the {@link #retentionFrom()} event, such as the end of the conversation
     * @return the last day the data may be kept
     * @throws IllegalStateException when the field declares criteria instead of a period
     */
    public LocalDate deleteAfter(LocalDate triggerDate) {
        if (retention == null) {
            throw new IllegalStateException(owner.getName() + "." + name + " declares retention criteria, not a period: "
                    + retentionCriteria);
        }
        return triggerDate.plus(retention.toPeriod());
    }

    /**
     * Reads the field's value from an instance, for example for an access-request export.
     *
     * @param instance an instance of {@link #owner()}
     * @return the field's value
     * @throws IllegalStateException when the field cannot be read
     */
    public Object read(Object instance) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(instance);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + owner.getName() + "." + name + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return owner.getName() + "." + name;
    }
}
