package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.TreasuryAudit;
import ladakh.crafts.marketplace.treasury.deposits.Allocation;
import ladakh.crafts.marketplace.treasury.deposits.ChallanScan;
import ladakh.crafts.marketplace.treasury.deposits.Deposit;
import ladakh.crafts.marketplace.treasury.deposits.NewDeposit;
import ladakh.crafts.marketplace.treasury.deposits.TreasuryDeposits;
import ladakh.crafts.marketplace.treasury.deposits.TreasuryReceiptFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The treasury's money movements in the audit trail (decisions 0069 and 0070): each
 * deposit, allocation and its undoing, each step of a payout run, each line paid, each
 * refund paid back and each bank account saved is exactly one line, with the ACCOUNTS or
 * ADMIN user who acted and the thing it was done to, even when the same confirmation
 * comes twice at once; a bank account's line keeps its last four digits only.
 */
@MockServerTest
class TreasuryAuditTests {

	private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1' };

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final MarketplaceUser accounts = SignedIn.accounts();

	private final MarketplaceUser admin = SignedIn.admin();

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	AuditTrail trail;

	@Autowired
	TreasuryDeposits deposits;

	@Autowired
	PayoutRuns runs;

	@Autowired
	PayeeBankAccounts banks;

	@Autowired
	OfflineRefunds refunds;

	@Test
	void aDepositSentTwiceAtOnceIsOneLineAndAnAllocationAndItsUndoingOneLineEach() {
		String centre = "tc-aud-" + this.run;
		new TreasuryReceiptFixtures(this.mongo).receipt(centre, SEPTEMBER, 500_000);
		String grn = "18AUD" + this.run.toUpperCase(Locale.ROOT);
		NewDeposit typed = NewDeposit.read(grn, "2026-11-02", "District Treasury Leh", "0851-00-103", "10000",
				"Test clerk", this.deposits.today());
		List<Deposit> twice = Concurrently.run(2,
				() -> this.deposits.record(typed, ChallanScan.check(PDF), this.accounts).block());
		String id = Deposit.keyOf(grn);
		assertThat(twice).extracting(Deposit::id).containsOnly(id);
		this.deposits.record(typed, ChallanScan.check(PDF), this.admin).block();

		AuditEvent recorded = only(TreasuryAudit.DEPOSIT, id, "TREASURY_DEPOSIT_RECORDED");
		assertThat(recorded.actorId()).isEqualTo(this.accounts.id());
		assertThat(recorded.actorRoles()).containsExactly("ACCOUNTS");
		assertThat(recorded.details()).containsEntry("grn", grn)
			.containsEntry("amountMinor", 1_000_000L)
			.containsEntry("challanDate", "2026-11-02");

		Allocation made = this.deposits.allocate(id, centre, SEPTEMBER, Money.rupees(3000), this.accounts).block();
		AuditEvent allocated = only(TreasuryAudit.DEPOSIT, id, "TREASURY_ALLOCATION_MADE");
		assertThat(allocated.actorId()).isEqualTo(this.accounts.id());
		assertThat(allocated.details()).containsEntry("centre", centre)
			.containsEntry("sellerId", centre)
			.containsEntry("month", "2026-09")
			.containsEntry("amountMinor", 300_000L)
			.containsEntry("allocationId", made.id());

		List<Boolean> undone = Concurrently.run(2,
				() -> this.deposits.reverse(id, made.id(), this.admin)
					.map((reversal) -> true)
					.onErrorResume(Refusal.class, (ex) -> Mono.just(false))
					.block());
		assertThat(undone).containsExactlyInAnyOrder(true, false);
		AuditEvent reversed = only(TreasuryAudit.DEPOSIT, id, "TREASURY_ALLOCATION_REVERSED");
		assertThat(reversed.actorId()).isEqualTo(this.admin.id());
		assertThat(reversed.actorRoles()).containsExactly("ADMIN");
		assertThat(reversed.details()).containsEntry("centre", centre)
			.containsEntry("month", "2026-09")
			.containsEntry("amountMinor", -300_000L)
			.containsEntry("allocationId", made.id());
	}

	@Test
	void eachStepOfAPayoutRunIsOneLineWithItsAccountantAndTheSameUtrTwiceIsOneLine() {
		String seller = "art-aud-" + this.run;
		new LedgerLines(this.mongo).sale("stall:aud-" + this.run, seller, 150_000,
				Instant.now().minus(Duration.ofDays(7)));
		LocalDate today = IndiaTime.dayOf(Instant.now());
		PayoutRun prepared = this.runs.prepare(today, this.accounts).block();
		String runId = prepared.id();
		AuditEvent prepareLine = only(TreasuryAudit.PAYOUT_RUN, runId, "PAYOUT_RUN_PREPARED");
		assertThat(prepareLine.actorId()).isEqualTo(this.accounts.id());
		assertThat(prepareLine.details()).containsEntry("upTo", today.toString())
			.containsEntry("amountMinor", prepared.total().minor())
			.containsEntry("sellers", prepared.sellers());

		List<Boolean> reviews = Concurrently.run(2,
				() -> this.runs.review(runId, this.accounts)
					.map((reviewed) -> true)
					.onErrorResume(Refusal.class, (ex) -> Mono.just(false))
					.block());
		assertThat(reviews).containsExactlyInAnyOrder(true, false);
		assertThat(only(TreasuryAudit.PAYOUT_RUN, runId, "PAYOUT_RUN_REVIEWED").actorId())
			.isEqualTo(this.accounts.id());

		this.runs.export(runId, this.admin).block();
		assertThatThrownBy(() -> this.runs.export(runId, this.admin).block()).isInstanceOf(Refusal.class);
		AuditEvent exported = only(TreasuryAudit.PAYOUT_RUN, runId, "PAYOUT_RUN_EXPORTED");
		assertThat(exported.actorId()).isEqualTo(this.admin.id());
		assertThat(exported.details()).containsEntry("status", "EXPORTED")
			.containsEntry("amountMinor", prepared.total().minor())
			.containsKeys("fileRows", "heldBack");

		List<PayoutLine> paid = Concurrently.run(2,
				() -> this.runs.markPaid(runId, seller, "SBIN126340009876", this.accounts).block());
		assertThat(paid).extracting(PayoutLine::utr).containsOnly("SBIN126340009876");
		this.runs.markPaid(runId, seller, "SBIN126340009876", this.admin).block();
		AuditEvent paidLine = only(TreasuryAudit.PAYOUT_RUN, runId, "PAYOUT_LINE_PAID");
		assertThat(paidLine.actorId()).isEqualTo(this.accounts.id());
		assertThat(paidLine.details()).containsEntry("sellerId", seller)
			.containsEntry("utr", "SBIN126340009876")
			.containsEntry("amountMinor", 150_000L);
		assertThat(paidLine.sellerId()).as("the log's seller filter finds it").isEqualTo(seller);
	}

	@Test
	void aRunCancelledTwiceAtOnceIsOneLine() {
		String seller = "art-aud-cancel-" + this.run;
		new LedgerLines(this.mongo).sale("stall:aud-cancel-" + this.run, seller, 90_000,
				Instant.now().minus(Duration.ofDays(7)));
		String runId = this.runs.prepare(IndiaTime.dayOf(Instant.now()), this.accounts).block().id();
		List<Boolean> cancels = Concurrently.run(2,
				() -> this.runs.cancel(runId, this.admin)
					.map((cancelled) -> true)
					.onErrorResume(Refusal.class, (ex) -> Mono.just(false))
					.block());
		assertThat(cancels).containsExactlyInAnyOrder(true, false);
		AuditEvent cancelled = only(TreasuryAudit.PAYOUT_RUN, runId, "PAYOUT_RUN_CANCELLED");
		assertThat(cancelled.actorId()).isEqualTo(this.admin.id());
		assertThat(cancelled.details()).containsEntry("status", "CANCELLED");
	}

	@Test
	void aRefundPaidBackTwiceAtOnceIsOneLineOnItsOrder() {
		Document order = new FulfilmentFixtures(this.mongo).order(SignedIn.buyer().id(), null, "PAID", "CANCELLED",
				new FulfilmentFixtures.Item("art-aud-refund-" + this.run, "lst-aud-" + this.run, 1, 120_000L));
		String part = FulfilmentFixtures.partIds(order).get(0);
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(part)),
					new Update().set("refund", new Document("status", "TO_PAY_OFFLINE")), "order_parts")
			.block();
		String today = IndiaTime.dayOf(Instant.now()).toString();
		List<OfflineRefund> twice = Concurrently.run(2,
				() -> this.refunds.record(part, "UPI", "UPI" + this.run, today, this.accounts).block());
		assertThat(twice).extracting(OfflineRefund::reference).containsOnly("UPI" + this.run);
		AuditEvent paidBack = only(TreasuryAudit.ORDER, order.getString("_id"), "OFFLINE_REFUND_PAID_BACK");
		assertThat(paidBack.actorId()).isEqualTo(this.accounts.id());
		assertThat(paidBack.details()).containsEntry("partId", part)
			.containsEntry("mode", "UPI")
			.containsEntry("reference", "UPI" + this.run)
			.containsEntry("paidOn", today)
			.containsEntry("amountMinor", 120_000L)
			.containsEntry("orderNumber", order.getString("number"));
	}

	@Test
	void aBankAccountSavedTwiceIsOneLineWithTheLastFourDigitsOnlyAndAChangeIsAnother() {
		String seller = "art-aud-bank-" + this.run;
		String number = registered(seller);
		List<PayeeBankAccount> twice = Concurrently.run(2,
				() -> this.banks.save(number, "Tsering Dolma", "0011 2233 4455", "sbin0001234", this.accounts).block());
		assertThat(twice).extracting(PayeeBankAccount::accountNumber).containsOnly("001122334455");
		List<AuditEvent> lines = lines(TreasuryAudit.SELLER, seller, "PAYEE_BANK_ACCOUNT_SAVED");
		assertThat(lines).hasSize(1);
		AuditEvent saved = lines.get(0);
		assertThat(saved.actorId()).isEqualTo(this.accounts.id());
		assertThat(saved.sellerId()).isEqualTo(seller);
		assertThat(saved.details()).containsEntry("accountLast4", "4455")
			.containsEntry("ifsc", "SBIN0001234")
			.containsEntry("beneficiary", "Tsering Dolma")
			.containsEntry("registrationNumber", number);
		assertThat(saved.details().values())
			.allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain("001122334455")
				.doesNotContain("0011 2233 4455"));

		this.banks.save(number, "Tsering Dolma", "009988776655", "SBIN0001234", this.admin).block();
		List<AuditEvent> changed = lines(TreasuryAudit.SELLER, seller, "PAYEE_BANK_ACCOUNT_SAVED");
		assertThat(changed).hasSize(2);
		assertThat(changed.get(1).actorId()).isEqualTo(this.admin.id());
		assertThat(changed.get(1).details()).containsEntry("accountLast4", "6655");
	}

	private AuditEvent only(String subjectType, String subjectId, String action) {
		List<AuditEvent> lines = lines(subjectType, subjectId, action);
		assertThat(lines).as(action + " lines of " + subjectId).hasSize(1);
		return lines.get(0);
	}

	private List<AuditEvent> lines(String subjectType, String subjectId, String action) {
		return this.trail.about(subjectType, subjectId)
			.filter((event) -> event.action().equals(action))
			.collectList()
			.block();
	}

	/** A seller's record with a registration number of its own; answers the number. */
	private String registered(String sellerId) {
		return RegisteredSellerFixtures.registered(this.mongo, sellerId, 18);
	}

}
