package ladakh.crafts.demo;

/**
 * A craft taught and practised in Ladakh.
 *
 * @param id the slug, e.g. {@code thangka-painting}
 * @param name the name in English and Hindi
 * @param description one line in English and Hindi
 * @param department the department that looks after the craft
 * @param sortOrder the display order
 */
public record Craft(String id, Localized name, Localized description, Department department, int sortOrder) {

}
