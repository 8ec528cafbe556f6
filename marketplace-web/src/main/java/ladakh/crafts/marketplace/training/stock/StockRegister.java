package ladakh.crafts.marketplace.training.stock;

import java.time.Clock;
import java.time.Duration;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The department's stock register (the online inventory the officials asked for): items
 * received into the store, issued to centres, returned, transferred, consumed, and
 * counted. A line is entered once by its id, then applied to the balance it leaves (only
 * if that balance covers it: never below zero) and the one it reaches, then marked done.
 * Without transactions, each step is idempotent by the line's id, so a line left pending
 * by a stopped process is finished by {@link #finishPending()} and a line sent twice
 * moves its units once.
 */
@Service
public class StockRegister {

	/** A line still pending after this long was left by a stopped process. */
	static final Duration LEFT_PENDING = Duration.ofMinutes(2);

	private final StockMovementRepository lines;

	private final StockBalanceRepository balances;

	private final ReorderLevelRepository levels;

	private final Clock clock;

	StockRegister(StockMovementRepository lines, StockBalanceRepository balances, ReorderLevelRepository levels,
			Clock clock) {
		this.lines = lines;
		this.balances = balances;
		this.levels = levels;
		this.clock = clock;
	}

	/**
	 * Enters and applies a line.
	 * @return the line, done
	 * @throws Refusal CONFLICT when the holder it leaves has too few units (the line is
	 * kept, refused)
	 */
	public Mono<StockMovement> move(StockMovement line) {
		return this.lines.insert(line)
			.onErrorResume(DuplicateKeyException.class, (ex) -> this.lines.byId(line.id()))
			.flatMap(this::apply);
	}

	/**
	 * Records a physical count: the book is set to what was counted if it still shows
	 * what the counter saw, and the difference is a SHORTAGE or SURPLUS line.
	 * @return the discrepancy's line, or empty when the count agrees with the book
	 * @throws Refusal CONFLICT when the balance changed since the counter read it
	 */
	public Mono<StockMovement> recount(String lineId, String holderId, String itemId, long bookSeen, long counted,
			String reason, String by) {
		if (counted == bookSeen) {
			return Mono.empty();
		}
		boolean shortage = counted < bookSeen;
		StockMovement line = StockMovement.enter(lineId,
				shortage ? StockMovement.Kind.SHORTAGE : StockMovement.Kind.SURPLUS, itemId, shortage ? holderId : null,
				shortage ? null : holderId, Math.abs(bookSeen - counted), null, reason, by, this.clock.instant());
		String key = StockBalance.key(holderId, itemId);
		Mono<StockMovement> changed = Mono.error(Refusal.conflict("stock.refused.countChanged"));
		return this.balances.recount(key, bookSeen, counted, lineId).flatMap((set) -> {
			if (set) {
				return this.lines.insert(line.in(StockMovement.State.DONE));
			}
			// a holder that never had the item has no balance yet: the surplus makes it
			return (bookSeen == 0) ? this.balances.one(holderId, itemId)
				.hasElement()
				.flatMap((exists) -> exists ? changed : move(line)) : changed;
		});
	}

	/** Finishes lines a stopped process left pending. */
	public Flux<StockMovement> finishPending() {
		return this.lines.pendingSince(this.clock.instant().minus(LEFT_PENDING), 500)
			.concatMap((line) -> apply(line).onErrorResume(Refusal.class, (ex) -> Mono.empty()));
	}

	/**
	 * Enters a line typed on the officers' pages: an item of the catalogue, then checked
	 * and applied as {@link #move}.
	 * @throws Refusal INVALID beside the field at fault; CONFLICT when not enough is left
	 */
	public Mono<StockMovement> enter(String lineId, StockMovement.Kind kind, String itemId, String from, String to,
			long quantity, String reference, String reason, String by) {
		return Mono.defer(() -> {
			if (StockItem.byId(itemId).isEmpty()) {
				return Mono.error(Refusal.invalid("stock.refused.invalid",
						java.util.List.of(new Refusal.FieldProblem("itemId", "stock.refused.item"))));
			}
			return move(StockMovement.enter(lineId, kind, itemId, from, to, quantity, reference, reason, by,
					this.clock.instant()));
		});
	}

	/** A holder's balances by item. */
	public Mono<java.util.List<StockBalance>> balances(String holderId) {
		return this.balances.ofHolder(holderId, StockItem.CATALOGUE.size() * 4).collectList();
	}

	/**
	 * One page of a holder's lines, newest first, of one item or ({@code null}) all.
	 */
	public Mono<Page<StockMovement>> history(String holderId, String itemId, After after) {
		return this.lines.history(holderId, itemId, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (line) -> After.of(line.at(), line.id())));
	}

	/** A line by its id, as stored now. */
	public Mono<StockMovement> line(String id) {
		return this.lines.byId(id);
	}

	public Mono<StockBalance> balance(String holderId, String itemId) {
		return this.balances.one(holderId, itemId).defaultIfEmpty(new StockBalance(holderId, itemId, 0));
	}

	private Mono<StockMovement> apply(StockMovement line) {
		return switch (line.state()) {
			case DONE -> Mono.just(line);
			case REFUSED -> Mono.error(notEnough());
			case PENDING -> taken(line).flatMap((taken) -> {
				if (!taken) {
					return this.lines.settle(line, StockMovement.State.REFUSED).then(Mono.error(notEnough()));
				}
				Mono<Void> given = (line.to() == null) ? Mono.empty()
						: this.levels.level(line.itemId())
							.flatMap((level) -> this.balances.credit(line.toKey(), line.to(), line.itemId(),
									line.quantity(), line.id(), level));
				return given.then(this.lines.settle(line, StockMovement.State.DONE));
			});
		};
	}

	private Mono<Boolean> taken(StockMovement line) {
		return (line.from() == null) ? Mono.just(true)
				: this.balances.debit(line.fromKey(), line.quantity(), line.id());
	}

	private static Refusal notEnough() {
		return Refusal.conflict("stock.refused.notEnough");
	}

}
