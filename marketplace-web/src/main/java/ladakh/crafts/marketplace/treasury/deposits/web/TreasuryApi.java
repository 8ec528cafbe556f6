package ladakh.crafts.marketplace.treasury.deposits.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.deposits.Allocation;
import ladakh.crafts.marketplace.treasury.deposits.Deposit;
import ladakh.crafts.marketplace.treasury.deposits.Figures;
import ladakh.crafts.marketplace.treasury.deposits.FinancialYear;
import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;
import ladakh.crafts.marketplace.treasury.deposits.TreasuryDeposits;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The treasury deposits and the reconciliation as JSON, for accounts staff: amounts as
 * {@code ...Minor} (paise) with their currency; a refusal is a ProblemDetail naming the
 * field.
 */
@RestController
class TreasuryApi {

	private final TreasuryDeposits deposits;

	private final Reconciliation reconciliation;

	TreasuryApi(TreasuryDeposits deposits, Reconciliation reconciliation) {
		this.deposits = deposits;
		this.reconciliation = reconciliation;
	}

	@GetMapping("/api/v1/staff/treasury/deposits")
	Mono<DepositPage> list(@RequestParam(required = false) String after) {
		return this.deposits.page(After.parse(after))
			.map((page) -> new DepositPage(page.items().stream().map((d) -> DepositBody.of(d, null)).toList(),
					page.nextAfter()));
	}

	@PostMapping(path = "/api/v1/staff/treasury/deposits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<DepositBody>> record(@ModelAttribute DepositForm form,
			@AuthenticationPrincipal MarketplaceUser user) {
		return form.bytes()
			.map((bytes) -> form.check(bytes, this.deposits.today()))
			.flatMap((checked) -> this.deposits.record(checked.deposit(), checked.scan(), user))
			.map((deposit) -> ResponseEntity.status(HttpStatus.CREATED).body(DepositBody.of(deposit, null)));
	}

	@GetMapping("/api/v1/staff/treasury/deposits/{id}")
	Mono<DepositBody> deposit(@PathVariable String id) {
		return this.deposits.find(id)
			.zipWith(this.deposits.allocations(id).collectList())
			.map((both) -> DepositBody.of(both.getT1(), both.getT2().stream().map(AllocationBody::of).toList()));
	}

	@PostMapping("/api/v1/staff/treasury/deposits/{id}/allocations")
	Mono<ResponseEntity<AllocationBody>> allocate(@PathVariable String id, @RequestBody AllocateBody body,
			@AuthenticationPrincipal MarketplaceUser user) {
		return Mono.fromCallable(body::yearMonth)
			.flatMap((month) -> this.deposits.allocate(id, body.centre(), month, body.money(), user))
			.map((line) -> ResponseEntity.status(HttpStatus.CREATED).body(AllocationBody.of(line)));
	}

	@PostMapping("/api/v1/staff/treasury/deposits/{id}/allocations/{allocationId}/reverse")
	Mono<ResponseEntity<AllocationBody>> reverse(@PathVariable String id, @PathVariable String allocationId,
			@AuthenticationPrincipal MarketplaceUser user) {
		return this.deposits.reverse(id, allocationId, user)
			.map((line) -> ResponseEntity.status(HttpStatus.CREATED).body(AllocationBody.of(line)));
	}

	@GetMapping("/api/v1/staff/treasury/reconciliation/{fy}")
	Mono<YearBody> year(@PathVariable String fy) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap(this.reconciliation::year)
			.map((report) -> new YearBody(report.fy().toString(),
					report.centres()
						.stream()
						.map((row) -> FiguresBody.of(row.centreId(), row.name(), null, row.figures()))
						.toList(),
					FiguresBody.of(null, null, null, report.total())));
	}

	@GetMapping("/api/v1/staff/treasury/reconciliation/{fy}/centres/{centreId}")
	Mono<CentreBody> centre(@PathVariable String fy, @PathVariable String centreId) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap((year) -> this.reconciliation.centre(year, centreId))
			.map((report) -> new CentreBody(report.fy().toString(), report.centreId(), report.name(),
					report.months()
						.stream()
						.map((month) -> new FiguresBody(null, null, month.month().toString(), month.due().minor(),
								month.deposited().minor(), month.outstanding().minor(), month.due().currencyCode(),
								null, month.ageDays()))
						.toList(),
					FiguresBody.of(report.centreId(), report.name(), null, report.total())));
	}

	record DepositPage(List<DepositBody> items, String next) {

	}

	record DepositBody(String id, String grn, String challanDate, String branch, String headOfAccount, long amountMinor,
			long allocatedMinor, String currency, String depositor, String scanType, String recordedAt,
			List<AllocationBody> allocations) {

		static DepositBody of(Deposit deposit, List<AllocationBody> allocations) {
			return new DepositBody(deposit.id(), deposit.grn(), deposit.challanDate().toString(), deposit.branch(),
					deposit.headOfAccount(), deposit.amount().minor(), deposit.allocated().minor(),
					deposit.amount().currencyCode(), deposit.depositor(), deposit.scanType(),
					deposit.recordedAt().toString(), allocations);
		}

	}

	record AllocationBody(String id, String depositId, String centreId, String month, long amountMinor, String currency,
			String at, String reverses) {

		static AllocationBody of(Allocation line) {
			return new AllocationBody(line.id(), line.depositId(), line.centreId(), line.month().toString(),
					line.amount().minor(), line.amount().currencyCode(), line.at().toString(), line.reverses());
		}

	}

	/**
	 * @param amount rupees, e.g. {@code 1250.50} (or {@code amountMinor} in paise)
	 */
	record AllocateBody(String centreId, String month, BigDecimal amount, Long amountMinor) {

		String centre() {
			if (this.centreId == null || this.centreId.isBlank()) {
				throw Refusal.invalid("treasury.allocation.centreRequired").at("centreId");
			}
			return this.centreId.strip();
		}

		YearMonth yearMonth() {
			try {
				return YearMonth.parse(String.valueOf(this.month).strip());
			}
			catch (DateTimeParseException ex) {
				throw Refusal.invalid("treasury.allocation.monthRequired").at("month");
			}
		}

		Money money() {
			if (this.amountMinor != null) {
				return Money.paise(this.amountMinor);
			}
			if (this.amount == null) {
				throw Refusal.invalid("money.required").at("amount");
			}
			try {
				return Money.parse(this.amount.toPlainString());
			}
			catch (Refusal ex) {
				throw ex.at("amount");
			}
		}

	}

	record YearBody(String fy, List<FiguresBody> centres, FiguresBody total) {

	}

	record CentreBody(String fy, String centreId, String name, List<FiguresBody> months, FiguresBody total) {

	}

	record FiguresBody(String centreId, String name, String month, long dueMinor, long depositedMinor,
			long outstandingMinor, String currency, String oldestUnpaidMonth, long ageDays) {

		static FiguresBody of(String centreId, String name, String month, Figures figures) {
			return new FiguresBody(centreId, name, month, figures.due().minor(), figures.deposited().minor(),
					figures.outstanding().minor(), figures.due().currencyCode(),
					(figures.oldestUnpaid() != null) ? figures.oldestUnpaid().toString() : null, figures.ageDays());
		}

	}

}
