package ladakh.crafts.marketplace.treasury.payouts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.payouts.PayoutLine;
import ladakh.crafts.marketplace.treasury.payouts.PayoutRun;
import ladakh.crafts.marketplace.treasury.payouts.PayoutRuns;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The payouts API (ACCOUNTS and ADMIN); refusals answer as problem details. */
@RestController
class PayoutApi {

	private final PayoutRuns runs;

	PayoutApi(PayoutRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/api/v1/staff/treasury/payouts")
	Mono<RunsView> list(@RequestParam(required = false) String after) {
		return this.runs.latest(After.parse(after))
			.map((page) -> new RunsView(page.items().stream().map(RunView::of).toList(), page.nextAfter()));
	}

	@GetMapping("/api/v1/staff/treasury/payouts/{id}/lines")
	Mono<LinesView> lines(@PathVariable String id) {
		return this.runs.run(id)
			.flatMap((run) -> this.runs.lines(id)
				.map(LineView::of)
				.collectList()
				.map((lines) -> new LinesView(RunView.of(run), lines)));
	}

	@PostMapping("/api/v1/staff/treasury/payouts")
	Mono<ResponseEntity<RunView>> prepare(@RequestBody PrepareBody body,
			@AuthenticationPrincipal MarketplaceUser user) {
		LocalDate upTo;
		try {
			upTo = (body != null && body.upTo() != null) ? LocalDate.parse(body.upTo().strip()) : null;
		}
		catch (DateTimeParseException ex) {
			upTo = null;
		}
		return this.runs.prepare(upTo, user)
			.map((run) -> ResponseEntity.status(HttpStatus.CREATED).body(RunView.of(run)));
	}

	@PostMapping("/api/v1/staff/treasury/payouts/{id}/lines/{sellerId}/paid")
	Mono<LineView> paid(@PathVariable String id, @PathVariable String sellerId, @RequestBody PaidBody body,
			@AuthenticationPrincipal MarketplaceUser user) {
		if (body == null) {
			return Mono.error(Refusal.invalid("payouts.error.utr").at("utr"));
		}
		return this.runs.markPaid(id, sellerId, body.utr(), user).map(LineView::of);
	}

	/**
	 * @param upTo the last day, {@code 2026-12-31}
	 */
	record PrepareBody(String upTo) {
	}

	/**
	 * @param utr the bank's UTR reference
	 */
	record PaidBody(String utr) {
	}

	record RunsView(List<RunView> runs, String next) {
	}

	record LinesView(RunView run, List<LineView> lines) {
	}

	record RunView(String id, String upTo, String status, long totalMinor, String currency, int sellers,
			long thresholdMinor, String preparedBy, Instant preparedAt) {

		static RunView of(PayoutRun run) {
			return new RunView(run.id(), run.upTo().toString(), run.status().name(), run.total().minor(),
					run.total().currencyCode(), run.sellers(), run.threshold().minor(), run.preparedBy(),
					run.preparedAt());
		}

	}

	record LineView(String sellerId, String name, long amountMinor, String currency, int items, int negativeItems,
			String utr, Instant paidAt) {

		static LineView of(PayoutLine line) {
			return new LineView(line.sellerId(), line.name(), line.amount().minor(), line.amount().currencyCode(),
					line.items(), line.negativeItems(), line.utr(), line.paidAt());
		}

	}

}
