package ladakh.crafts.marketplace.accounts;

/**
 * An account someone was given.
 *
 * @param userId the user id
 * @param login what they sign in with
 * @param initialPassword the one-time initial password to hand over (on paper, by SMS);
 * {@code null} when the account already existed
 * @param created false when the account already existed (the call was a repeat)
 */
public record IssuedAccount(String userId, String login, String initialPassword, boolean created) {

}
