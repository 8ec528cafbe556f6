package ladakh.crafts.marketplace.training.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TrainingCentre;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.training.stock.StockItem;
import ladakh.crafts.marketplace.training.stock.StockMovement;
import ladakh.crafts.marketplace.training.stock.StockMovement.Kind;
import ladakh.crafts.marketplace.training.stock.StockRegister;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The stock register's pages: the department's store and each centre's stock, with the
 * balances by item, the history of lines (keyset paged, of one item or all), and for
 * officers the forms that enter a line (what each holder can do: the store receives and
 * issues; a centre returns, transfers and consumes) and a physical count. An instructor
 * reads the stock of the centres they teach at.
 */
@Controller
class StockPages {

	private static final List<Kind> STORE_KINDS = List.of(Kind.RECEIPT, Kind.ISSUE);

	private static final List<Kind> CENTRE_KINDS = List.of(Kind.RETURN, Kind.TRANSFER, Kind.CONSUMPTION);

	private final StockRegister register;

	private final TrainingCentres centres;

	private final MessageSource messages;

	StockPages(StockRegister register, TrainingCentres centres, MessageSource messages) {
		this.register = register;
		this.centres = centres;
		this.messages = messages;
	}

	@GetMapping("/staff/stock")
	Mono<Rendering> store(@RequestParam(required = false) String item, @RequestParam(required = false) String after,
			@RequestParam(required = false) String count, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return holder(StockMovement.STORE, user).flatMap((holder) -> page(holder, View.of(item, after, count, done),
				MoveForm.fresh(), Map.of(), HttpStatus.OK, user, locale));
	}

	@GetMapping("/staff/centres/{id}/stock")
	Mono<Rendering> centre(@PathVariable String id, @RequestParam(required = false) String item,
			@RequestParam(required = false) String after, @RequestParam(required = false) String count,
			@RequestParam(required = false) String done, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return holder(id, user).flatMap((holder) -> page(holder, View.of(item, after, count, done), MoveForm.fresh(),
				Map.of(), HttpStatus.OK, user, locale));
	}

	@PostMapping("/staff/stock/movements")
	Mono<Rendering> move(@ModelAttribute MoveForm form, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return holder(value(form.holder()), user).flatMap((holder) -> Mono.defer(() -> {
			Kind kind = kindOf(form.kind(), holder.store() ? STORE_KINDS : CENTRE_KINDS);
			long quantity = quantityOf(form.quantity(), "quantity");
			String other = value(form.to()).strip();
			Mono<String> to = switch (kind) {
				case ISSUE, TRANSFER -> knownCentre(other, holder.id());
				case RETURN, RECEIPT -> Mono.just(StockMovement.STORE);
				default -> Mono.empty();
			};
			String from = (kind == Kind.RECEIPT) ? null : holder.id();
			return to.map(java.util.Optional::of)
				.defaultIfEmpty(java.util.Optional.empty())
				.flatMap((reached) -> this.register.enter(value(form.lineId()), kind, value(form.itemId()), from,
						reached.orElse(null), quantity, form.reference(), form.reason(), user.id()));
		})
			.map((line) -> Rendering.redirectTo(holder.path() + "?done=moved").build())
			.onErrorResume(Refusal.class, (ex) -> refused(holder, form, ex, user, locale)));
	}

	@PostMapping("/staff/stock/counts")
	Mono<Rendering> count(@ModelAttribute CountForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		return holder(value(form.holder()), user).flatMap((holder) -> Mono.defer(() -> {
			if (StockItem.byId(value(form.itemId())).isEmpty()) {
				return Mono.error(Refusal.invalid("stock.refused.item").at(""));
			}
			long book = quantityOrZero(form.book());
			long counted = countOf(form.counted());
			return this.register
				.recount(value(form.lineId()), holder.id(), form.itemId(), book, counted, form.reason(), user.id())
				.map((line) -> (line.kind() == Kind.SHORTAGE) ? "shortage" : "surplus")
				.defaultIfEmpty("agrees");
		})
			.map((found) -> Rendering.redirectTo(holder.path() + "?done=" + found).build())
			.onErrorResume(Refusal.class, (ex) -> {
				Map<String, List<String>> errors = errors(ex, "counted", locale);
				if (errors.containsKey("reason")) {
					errors.put("countReason", errors.remove("reason"));
				}
				return page(holder, View.of(form.itemId(), null, form.itemId(), null), MoveForm.fresh(), errors,
						RefusalStatus.of(ex.kind()), user, locale);
			}));
	}

	private Mono<Rendering> refused(Holder holder, MoveForm form, Refusal ex, MarketplaceUser user, Locale locale) {
		if (ex.kind() == Refusal.Kind.NOT_FOUND) {
			return Mono.error(ex);
		}
		return page(holder, View.of(null, null, null, null), form.again(), errors(ex, "quantity", locale),
				RefusalStatus.of(ex.kind()), user, locale);
	}

	private Mono<Rendering> page(Holder holder, View view, MoveForm form, Map<String, List<String>> errors,
			HttpStatus status, MarketplaceUser user, Locale locale) {
		boolean canEnter = user.managesDepartment();
		String item = StockItem.byId(view.item()).map(StockItem::id).orElse(null);
		String counting = StockItem.byId(view.count()).map(StockItem::id).orElse(null);
		// every centre by name, for the lines that move stock between them
		Mono<List<TrainingCentre>> others = user.seesWholeDepartment()
				? this.centres.page(null).map((page) -> page.items()) : Mono.just(List.of());
		return Mono
			.zip(this.register.balances(holder.id()),
					this.register.history(holder.id(), item, After.parse(view.after())), others)
			.flatMap((read) -> {
				long book = read.getT1()
					.stream()
					.filter((balance) -> balance.itemId().equals(counting))
					.mapToLong((balance) -> balance.quantity())
					.findFirst()
					.orElse(0);
				Map<String, String> names = new LinkedHashMap<>();
				names.put(StockMovement.STORE, this.messages.getMessage("stock.holder.store", null, locale));
				read.getT3().forEach((centre) -> names.put(centre.id(), centre.name()));
				if (!holder.store()) {
					names.put(holder.id(), holder.name());
				}
				return Mono.just(Rendering.view("training/stock/holder")
					.status(status)
					.modelAttribute("holder", holder)
					.modelAttribute("canEnter", canEnter)
					.modelAttribute("balances", read.getT1())
					.modelAttribute("items", StockItem.CATALOGUE)
					.modelAttribute("lines", read.getT2().items())
					.modelAttribute("next", read.getT2().nextAfter())
					.modelAttribute("item", item)
					.modelAttribute("kinds", holder.store() ? STORE_KINDS : CENTRE_KINDS)
					.modelAttribute("centres",
							read.getT3().stream().filter((centre) -> !centre.id().equals(holder.id())).toList())
					.modelAttribute("names", names)
					.modelAttribute("form", form)
					.modelAttribute("counting", counting)
					.modelAttribute("book", book)
					.modelAttribute("countLine", "cnt-" + UUID.randomUUID())
					.modelAttribute("errors", errors)
					.modelAttribute("problem", errors.getOrDefault("", List.of()))
					.modelAttribute("done", view.done())
					.build());
			});
	}

	/**
	 * The store (officers only, by the path rule) or a centre this person may read: an
	 * officer or a reviewer any, an instructor only one they teach at (another is not
	 * found).
	 */
	private Mono<Holder> holder(String id, MarketplaceUser user) {
		if (StockMovement.STORE.equals(id)) {
			return Mono.just(new Holder(StockMovement.STORE, null, true, "/staff/stock"));
		}
		boolean anyCentre = user.seesWholeDepartment();
		return this.centres.find(id)
			.filter((centre) -> anyCentre || centre.instructedBy(user.id()))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("centre.refused.notFound")))
			.map((centre) -> new Holder(centre.id(), centre.name(), false, "/staff/centres/" + centre.id() + "/stock"));
	}

	/** A centre other than the one the units leave, or INVALID beside the field. */
	private Mono<String> knownCentre(String id, String leaving) {
		if (id.isEmpty() || id.equals(leaving) || StockMovement.STORE.equals(id)) {
			return Mono.error(Refusal.invalid("stock.refused.holders").at("to"));
		}
		return this.centres.find(id)
			.map(TrainingCentre::id)
			.onErrorMap(Refusal.class, (ex) -> Refusal.invalid("stock.refused.holders").at("to"));
	}

	private Map<String, List<String>> errors(Refusal ex, String otherwise, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (!ex.problems().isEmpty()) {
			ex.problems()
				.forEach((problem) -> errors.computeIfAbsent(field(problem.field()), (f) -> new java.util.ArrayList<>())
					.add(this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
							locale)));
			return errors;
		}
		String field = (ex.field() != null) ? field(ex.field())
				: ("stock.refused.countChanged".equals(ex.messageKey()) ? "counted" : otherwise);
		errors.put(field, List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)));
		return errors;
	}

	/** The register's field names as the form names them. */
	private static String field(String name) {
		return "id".equals(name) ? "" : name;
	}

	private static Kind kindOf(String typed, List<Kind> allowed) {
		for (Kind kind : allowed) {
			if (kind.name().equals(value(typed).strip())) {
				return kind;
			}
		}
		throw Refusal.invalid("stock.refused.kind").at("kind");
	}

	private static long quantityOf(String typed, String field) {
		try {
			return Long.parseLong(value(typed).strip());
		}
		catch (NumberFormatException ex) {
			throw Refusal.invalid("stock.refused.quantity").at(field);
		}
	}

	private static long countOf(String typed) {
		try {
			long counted = Long.parseLong(value(typed).strip());
			if (counted >= 0 && counted <= 1_000_000) {
				return counted;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw Refusal.invalid("stock.refused.counted").at("counted");
	}

	private static long quantityOrZero(String typed) {
		try {
			return Math.max(0, Long.parseLong(value(typed).strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String value(String typed) {
		return (typed != null) ? typed : "";
	}

	/**
	 * Whose stock a page shows.
	 *
	 * @param id the store or a centre's id
	 * @param name the centre's name, {@code null} for the store
	 * @param store whether it is the department's store
	 * @param path the page's address
	 */
	record Holder(String id, String name, boolean store, String path) {

	}

	/** What the page was asked to show. */
	record View(String item, String after, String count, String done) {

		static View of(String item, String after, String count, String done) {
			return new View(item, after, count, done);
		}

	}

	/**
	 * A line as typed: on whose page, the kind, the item, the centre it goes to (an issue
	 * or a transfer), how many, the slip or invoice, why; and the id made when the form
	 * was shown, so a form sent twice is one line.
	 */
	record MoveForm(String holder, String lineId, String kind, String itemId, String to, String quantity,
			String reference, String reason) {

		static MoveForm fresh() {
			return new MoveForm(null, newId(), "", "", "", "", "", "");
		}

		/** The same values with a new id: a refused line is kept, the next try is new. */
		MoveForm again() {
			return new MoveForm(this.holder, newId(), this.kind, this.itemId, this.to, this.quantity, this.reference,
					this.reason);
		}

		private static String newId() {
			return "stk-" + UUID.randomUUID();
		}

	}

	/**
	 * A physical count: of which item, what the book showed when the counter began, what
	 * was counted, and why they differ.
	 */
	record CountForm(String holder, String lineId, String itemId, String book, String counted, String reason) {

	}

}
