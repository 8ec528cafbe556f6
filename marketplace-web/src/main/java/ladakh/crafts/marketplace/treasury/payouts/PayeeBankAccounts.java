package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.stereotype.Service;

/**
 * Where sellers are paid (docs/decisions/0069, section 5): ACCOUNTS name the seller by
 * the registration number on their card, never by an internal id.
 */
@Service
public class PayeeBankAccounts {

	/** The sellers paid out: every kind but the training centres (the treasury's). */
	static final Set<SellerKind> PAID_KINDS = EnumSet.complementOf(EnumSet.of(SellerKind.TRAINING_CENTRE));

	private final SellerDirectory sellers;

	private final BankAccountRepository banks;

	private final Clock clock;

	PayeeBankAccounts(SellerDirectory sellers, BankAccountRepository banks, Clock clock) {
		this.sellers = sellers;
		this.banks = banks;
		this.clock = clock;
	}

	/**
	 * Stores (or replaces) the bank account of the seller holding this registration
	 * number.
	 * @throws ladakh.crafts.marketplace.shared.Refusal INVALID with each problem beside
	 * its field: at {@code registrationNumber} when no seller paid out holds it
	 */
	public Mono<PayeeBankAccount> save(String registrationNumber, String beneficiary, String accountNumber, String ifsc,
			MarketplaceUser by) {
		return this.sellers.idByRegistrationNumber(registrationNumber, PAID_KINDS)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.map((sellerId) -> PayeeBankAccount.typed(sellerId.orElse(null), beneficiary, accountNumber, ifsc))
			.flatMap((account) -> this.banks.save(account, by.login(), this.clock.instant()).thenReturn(account));
	}

}
