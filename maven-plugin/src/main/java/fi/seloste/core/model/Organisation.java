package fi.seloste.core.model;

/**
 * The facts about the organisation that the code cannot know, taken from the build configuration.
 *
 * @param controller the controller
 * @param contactPerson the contact person for register matters, or {@code null}
 * @param dpo the data protection officer, or {@code null} when none is designated
 */
public record Organisation(Controller controller, Contact contactPerson, Contact dpo) {}
