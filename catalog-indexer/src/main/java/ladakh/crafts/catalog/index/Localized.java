package ladakh.crafts.catalog.index;

/**
 * A text in English and, where a seller or the department gave one, Hindi.
 *
 * @param en the English text (always present for titles and craft names)
 * @param hi the Hindi text, or {@code null}
 */
public record Localized(String en, String hi) {

}
