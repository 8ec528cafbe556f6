package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.TreasuryAudit;

import org.springframework.stereotype.Service;

/**
 * Where sellers are paid (docs/decisions/0069, section 5): ACCOUNTS name the seller by
 * the registration number on their card, never by an internal id. Each change is a line
 * in the audit trail with the account's last four digits only.
 */
@Service
public class PayeeBankAccounts {

	/** The sellers paid out: every kind but the training centres (the treasury's). */
	static final Set<SellerKind> PAID_KINDS = EnumSet.complementOf(EnumSet.of(SellerKind.TRAINING_CENTRE));

	private final SellerDirectory sellers;

	private final BankAccountRepository banks;

	private final TreasuryAudit audit;

	private final Clock clock;

	PayeeBankAccounts(SellerDirectory sellers, BankAccountRepository banks, TreasuryAudit audit, Clock clock) {
		this.sellers = sellers;
		this.banks = banks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores (or replaces) the bank account of the seller holding this registration
	 * number. A change is audited once: the same account saved again (a form sent twice)
	 * changes nothing and adds no line.
	 * @throws ladakh.crafts.marketplace.shared.Refusal INVALID with each problem beside
	 * its field: at {@code registrationNumber} when no seller paid out holds it
	 */
	public Mono<PayeeBankAccount> save(String registrationNumber, String beneficiary, String accountNumber, String ifsc,
			MarketplaceUser by) {
		return this.sellers.idByRegistrationNumber(registrationNumber, PAID_KINDS)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.map((sellerId) -> PayeeBankAccount.typed(sellerId.orElse(null), beneficiary, accountNumber, ifsc))
			.flatMap((account) -> this.banks.save(account, by.login(), this.clock.instant())
				.flatMap((changed) -> changed ? saved(registrationNumber, account, by) : Mono.<Void>empty())
				.thenReturn(account));
	}

	private Mono<Void> saved(String registrationNumber, PayeeBankAccount account, MarketplaceUser by) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("registrationNumber", registrationNumber.strip().toUpperCase(java.util.Locale.ROOT));
		details.put("beneficiary", account.beneficiary());
		// never the full number: its last four digits only
		details.put("accountLast4", account.accountNumber().substring(account.accountNumber().length() - 4));
		details.put("ifsc", account.ifsc());
		return this.audit.once("payee-bank-account-saved:" + account.sellerId() + ":" + UUID.randomUUID(), by,
				"PAYEE_BANK_ACCOUNT_SAVED", TreasuryAudit.SELLER, account.sellerId(), details);
	}

}
