package ladakh.crafts.marketplace.accounts;

/**
 * A SELLER account to create for an approved artisan, an SHG (its manager) or a training
 * centre (its manager).
 *
 * @param sellerId the seller the account acts for ({@code sellers._id})
 * @param name how to greet them
 * @param login their mobile number (any common spelling) or email address
 */
public record SellerAccountRequest(String sellerId, String name, String login) {

}
