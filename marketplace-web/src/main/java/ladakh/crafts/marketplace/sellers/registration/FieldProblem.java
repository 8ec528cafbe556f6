package ladakh.crafts.marketplace.sellers.registration;

/**
 * What is wrong with one field, as a message key and its arguments.
 *
 * @param field the form field
 * @param messageKey the key in messages.properties
 * @param arguments the message arguments
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {

}
