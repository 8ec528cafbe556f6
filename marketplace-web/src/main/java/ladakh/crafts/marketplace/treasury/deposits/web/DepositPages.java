package ladakh.crafts.marketplace.treasury.deposits.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.deposits.Allocation;
import ladakh.crafts.marketplace.treasury.deposits.Deposit;
import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;
import ladakh.crafts.marketplace.treasury.deposits.TreasuryDeposits;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The treasury deposits for accounts staff: the list (latest first, page by page), the
 * form to record one with its challan scan, and a deposit with its allocations, the form
 * to allocate it and a button to reverse each allocation.
 */
@Controller
class DepositPages {

	private static final Set<String> DONE = Set.of("recorded", "allocated", "reversed");

	private final TreasuryDeposits deposits;

	private final Reconciliation reconciliation;

	private final TreasuryTexts texts;

	DepositPages(TreasuryDeposits deposits, Reconciliation reconciliation, TreasuryTexts texts) {
		this.deposits = deposits;
		this.reconciliation = reconciliation;
		this.texts = texts;
	}

	@GetMapping("/staff/treasury/deposits")
	Mono<Rendering> list(@RequestParam(required = false) String after) {
		return this.deposits.page(After.parse(after))
			.map((page) -> Rendering.view("treasury/deposits")
				.modelAttribute("deposits", page.items())
				.modelAttribute("next",
						(page.next() != null) ? "/staff/treasury/deposits?after=" + page.nextAfter() : null)
				.build());
	}

	@GetMapping("/staff/treasury/deposits/new")
	Rendering form() {
		return newPage(DepositForm.empty(), Map.of(), HttpStatus.OK);
	}

	@PostMapping(path = "/staff/treasury/deposits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<Rendering> record(@ModelAttribute DepositForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		return form.bytes()
			.map((bytes) -> form.check(bytes, this.deposits.today()))
			.flatMap((checked) -> this.deposits.record(checked.deposit(), checked.scan(), user))
			.map((deposit) -> Rendering.redirectTo("/staff/treasury/deposits/" + deposit.id() + "?done=recorded")
				.build())
			.onErrorResume(Refusal.class,
					(ex) -> Mono.just(newPage(form, this.texts.beside(ex, locale), RefusalStatus.of(ex.kind()))));
	}

	@GetMapping("/staff/treasury/deposits/{id}")
	Mono<Rendering> deposit(@PathVariable String id, @RequestParam(required = false) String done) {
		return page(id, new AllocateForm("", ""), Map.of(), HttpStatus.OK,
				(done != null && DONE.contains(done)) ? done : null);
	}

	@PostMapping("/staff/treasury/deposits/{id}/allocations")
	Mono<Rendering> allocate(@PathVariable String id, @ModelAttribute AllocateForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.deposits.find(id)
			.flatMap((deposit) -> Mono.fromCallable(form::target)
				.flatMap((target) -> this.deposits.allocate(id, target.centreId(), target.month(), form.money(), user))
				.map((line) -> Rendering.redirectTo("/staff/treasury/deposits/" + id + "?done=allocated").build())
				.onErrorResume(Refusal.class,
						(ex) -> page(id, form, this.texts.beside(ex, locale), RefusalStatus.of(ex.kind()), null)));
	}

	@PostMapping("/staff/treasury/deposits/{id}/allocations/{allocationId}/reverse")
	Mono<Rendering> reverse(@PathVariable String id, @PathVariable String allocationId,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.deposits.find(id)
			.flatMap((deposit) -> this.deposits.reverse(id, allocationId, user)
				.map((line) -> Rendering.redirectTo("/staff/treasury/deposits/" + id + "?done=reversed").build())
				.onErrorResume(Refusal.class, (ex) -> page(id, new AllocateForm("", ""),
						this.texts.beside(ex.at(null), locale), RefusalStatus.of(ex.kind()), null)));
	}

	/**
	 * The challan's scan, under the name its kind calls for (so that links to it read as
	 * files); another name is not found.
	 */
	@GetMapping({ "/staff/treasury/deposits/{id}/scan.pdf", "/staff/treasury/deposits/{id}/scan.jpg",
			"/staff/treasury/deposits/{id}/scan.png" })
	Mono<ResponseEntity<Flux<DataBuffer>>> scan(@PathVariable String id, ServerHttpRequest request) {
		return this.deposits.find(id)
			.filter((deposit) -> request.getPath().value().endsWith("/scan" + extension(deposit)))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("treasury.deposit.notFound")))
			.map((deposit) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(deposit.scanType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline()
							.filename("challan-" + deposit.grn() + extension(deposit))
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noStore())
				.body(this.deposits.scan(deposit)));
	}

	@GetMapping("/staff/treasury/deposits/{id}/export.csv")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable String id, Locale locale) {
		return this.deposits.find(id)
			.zipWith(this.deposits.allocations(id).collectList())
			.flatMap((both) -> this.reconciliation.names(both.getT2().stream().map(Allocation::centreId).toList())
				.map((names) -> TreasuryCsv.deposit(both.getT1(), both.getT2(), names)))
			.map((text) -> TreasuryCsv.response("deposit-" + id + ".csv", text));
	}

	private Mono<Rendering> page(String id, AllocateForm form, Map<String, List<String>> errors, HttpStatus status,
			String done) {
		return this.deposits.find(id)
			.zipWith(this.deposits.allocations(id).collectList())
			.zipWith(this.reconciliation.openMonths())
			.flatMap((all) -> {
				Deposit deposit = all.getT1().getT1();
				List<Allocation> lines = all.getT1().getT2();
				return this.reconciliation.names(lines.stream().map(Allocation::centreId).toList())
					.map((names) -> Rendering.view("treasury/deposit")
						.status(status)
						.modelAttribute("deposit", deposit)
						.modelAttribute("scan",
								"/staff/treasury/deposits/" + deposit.id() + "/scan" + extension(deposit))
						.modelAttribute("lines", lines)
						.modelAttribute("names", names)
						.modelAttribute("reversed", TreasuryDeposits.reversedIds(lines))
						.modelAttribute("openMonths", all.getT2())
						.modelAttribute("form", form)
						.modelAttribute("errors", errors)
						.modelAttribute("problem", errors.getOrDefault("", List.of()))
						.modelAttribute("done", done)
						.build());
			});
	}

	private static Rendering newPage(DepositForm form, Map<String, List<String>> errors, HttpStatus status) {
		return Rendering.view("treasury/new-deposit")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("problem", errors.getOrDefault("", List.of()))
			.build();
	}

	static String extension(Deposit deposit) {
		return switch (deposit.scanType()) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}

	/**
	 * The allocate form: the centre's month ({@code <centreId>:<yyyy-MM>}) and the amount
	 * in rupees.
	 */
	record AllocateForm(String month, String amount) {

		Target target() {
			String value = (this.month != null) ? this.month.strip() : "";
			int colon = value.lastIndexOf(':');
			try {
				return new Target(value.substring(0, colon), YearMonth.parse(value.substring(colon + 1)));
			}
			catch (RuntimeException ex) {
				throw Refusal.invalid("treasury.allocation.monthRequired").at("month");
			}
		}

		Money money() {
			try {
				return Money.parse(this.amount);
			}
			catch (Refusal ex) {
				throw ex.at("amount");
			}
		}

	}

	record Target(String centreId, YearMonth month) {

		Target {
			if (centreId.isBlank()) {
				throw new IllegalArgumentException("centre");
			}
		}

	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
