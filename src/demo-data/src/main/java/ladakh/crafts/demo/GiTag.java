package ladakh.crafts.demo;

/**
 * A geographical indication the product is sold under.
 *
 * @param name e.g. {@code Ladakh Pashmina}
 * @param authorisedUserNumber the seller's authorised-user number under the GI
 */
public record GiTag(String name, String authorisedUserNumber) {

}
