package ladakh.crafts.marketplace.exhibitions;

import java.util.Locale;

import ladakh.crafts.marketplace.notifications.Outbox;
import ladakh.crafts.marketplace.sellers.SellerContacts;
import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Emails to sellers about their stalls: offered (with the fee and its day), confirmed,
 * and lost (expired unpaid, given up, taken back). Sellers have no language on record, so
 * each email carries the English text and then the Hindi one. Each outbox key names the
 * stall and its version, so a re-driven step queues nothing new.
 */
@Component
class StallNotices {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final Outbox outbox;

	private final SellerContacts sellers;

	private final MessageSource messages;

	StallNotices(Outbox outbox, SellerContacts sellers, MessageSource messages) {
		this.outbox = outbox;
		this.sellers = sellers;
		this.messages = messages;
	}

	/** The stall is offered to its holder: pay the fee by its day. */
	Mono<Void> offered(StallAllocation stall, Exhibition exhibition) {
		return send(stall.sellerId(), "stall-offered:" + stall.id() + ":" + stall.version(), "mail.stall.offered",
				exhibition, stall.stallNumber(), stall.fee().format(),
				(stall.dueOn() != null) ? IndiaTime.day(stall.dueOn()) : null);
	}

	/** The fee is paid: the stall is the seller's. */
	Mono<Void> confirmed(StallAllocation stall, Exhibition exhibition) {
		return send(stall.sellerId(), "stall-confirmed:" + stall.id() + ":" + stall.version(), "mail.stall.confirmed",
				exhibition, stall.stallNumber(), null, null);
	}

	/** The seller lost the stall (the status says why). */
	Mono<Void> lost(StallAllocation stall, Exhibition exhibition) {
		return send(stall.lastSellerId(), "stall-lost:" + stall.id() + ":" + stall.version(),
				"mail.stall." + stall.status().name(), exhibition, stall.stallNumber(), null, null);
	}

	private Mono<Void> send(String sellerId, String key, String prefix, Exhibition exhibition, String stallNumber,
			String fee, ladakh.crafts.marketplace.shared.LocalizedText due) {
		if (sellerId == null) {
			return Mono.empty();
		}
		return this.sellers.of(sellerId).filter((contact) -> contact.email() != null).flatMap((contact) -> {
			String subject = text(prefix + ".subject", Locale.ENGLISH, exhibition, stallNumber, fee, due) + " / "
					+ text(prefix + ".subject", HINDI, exhibition, stallNumber, fee, due);
			String body = text(prefix + ".body", Locale.ENGLISH, exhibition, stallNumber, fee, due) + "\n\n"
					+ text(prefix + ".body", HINDI, exhibition, stallNumber, fee, due) + "\n\n/seller/exhibitions";
			return this.outbox.enqueue(key + ":" + sellerId, contact.email(), subject, body, "en");
		}).then();
	}

	private String text(String key, Locale locale, Exhibition exhibition, String stallNumber, String fee,
			ladakh.crafts.marketplace.shared.LocalizedText due) {
		return this.messages.getMessage(key,
				new Object[] { exhibition.name().in(locale), stallNumber, fee, (due != null) ? due.in(locale) : null },
				locale);
	}

}
