package ladakh.crafts.marketplace.training.stock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.training.stock.StockMovement.Kind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stock register's demo data: receipts into the department's store, issues to the
 * first centres, a transfer, a return and some consumption, so the officers' pages show
 * balances and a history. Each line has a fixed id, so a restart moves nothing again.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class StockDemoData {

	private static final Log logger = LogFactory.getLog(StockDemoData.class);

	private final StockRegister register;

	private final Clock clock;

	StockDemoData(StockRegister register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		seed().block(Duration.ofMinutes(1));
		logger.info("Stock demo data: the store's receipts and the first centres' issues are in place");
	}

	Mono<Void> seed() {
		Instant now = this.clock.instant();
		List<StockMovement> lines = List.of(
				line("demo-grn-raw-wool", Kind.RECEIPT, "raw-wool", null, StockMovement.STORE, 120, "GRN/2026/014",
						null, now),
				line("demo-grn-pashmina", Kind.RECEIPT, "pashmina-fibre", null, StockMovement.STORE, 25, "GRN/2026/015",
						null, now),
				line("demo-grn-yarn", Kind.RECEIPT, "yarn", null, StockMovement.STORE, 60, "GRN/2026/016", null, now),
				line("demo-grn-dyes", Kind.RECEIPT, "dyes", null, StockMovement.STORE, 12, "GRN/2026/017", null, now),
				line("demo-grn-wood", Kind.RECEIPT, "wood", null, StockMovement.STORE, 40, "GRN/2026/018", null, now),
				line("demo-grn-silver", Kind.RECEIPT, "silver", null, StockMovement.STORE, 2_000, "GRN/2026/019", null,
						now),
				line("demo-grn-loom", Kind.RECEIPT, "loom", null, StockMovement.STORE, 8, "GRN/2026/020", null, now),
				line("demo-grn-tool-kit", Kind.RECEIPT, "tool-kit", null, StockMovement.STORE, 15, "GRN/2026/021", null,
						now),
				line("demo-grn-equipment", Kind.RECEIPT, "equipment-set", null, StockMovement.STORE, 10, "GRN/2026/022",
						null, now),
				line("demo-iss-0001-wool", Kind.ISSUE, "raw-wool", StockMovement.STORE, "tc-0001", 30, "IS/2026/101",
						null, now),
				line("demo-iss-0001-dyes", Kind.ISSUE, "dyes", StockMovement.STORE, "tc-0001", 4, "IS/2026/102", null,
						now),
				line("demo-iss-0002-wood", Kind.ISSUE, "wood", StockMovement.STORE, "tc-0002", 12, "IS/2026/103", null,
						now),
				line("demo-iss-0003-yarn", Kind.ISSUE, "yarn", StockMovement.STORE, "tc-0003", 20, "IS/2026/104", null,
						now),
				line("demo-iss-0003-loom", Kind.ISSUE, "loom", StockMovement.STORE, "tc-0003", 2, "IS/2026/105", null,
						now),
				line("demo-con-0001-wool", Kind.CONSUMPTION, "raw-wool", "tc-0001", null, 8, null,
						"Spun and woven by the running batch", now),
				line("demo-trf-0003-yarn", Kind.TRANSFER, "yarn", "tc-0003", "tc-0001", 5, "TR/2026/007", null, now),
				line("demo-ret-0002-wood", Kind.RETURN, "wood", "tc-0002", StockMovement.STORE, 2, "RT/2026/003", null,
						now));
		return Flux.fromIterable(lines)
			.concatMap((line) -> this.register.move(line).onErrorResume(Refusal.class, (ex) -> Mono.empty()))
			.then();
	}

	private static StockMovement line(String id, Kind kind, String item, String from, String to, long quantity,
			String reference, String reason, Instant at) {
		return StockMovement.enter(id, kind, item, from, to, quantity, reference, reason, "usr-demo-officer", at);
	}

}
