package ladakh.crafts.marketplace.notifications;

/**
 * A message in the outbox.
 *
 * @param key one per fact and recipient, e.g. {@code order-paid:<orderId>:buyer}
 * @param attempts how many times it has been claimed for sending, this time included
 */
record QueuedMessage(String key, String to, String subject, String body, String locale, int attempts) {

	QueuedMessage(String key, String to, String subject, String body, String locale) {
		this(key, to, subject, body, locale, 0);
	}

}
