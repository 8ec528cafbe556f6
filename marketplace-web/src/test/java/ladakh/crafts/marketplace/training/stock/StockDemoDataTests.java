package ladakh.crafts.marketplace.training.stock;

import java.time.Clock;
import java.util.List;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stock demo data: every line is done, and loading it again (every start) moves
 * nothing.
 */
@MockServerTest
class StockDemoDataTests {

	@Autowired
	StockRegister register;

	@Autowired
	Clock clock;

	@Test
	void theDemoLinesAreAppliedOnceHoweverOftenTheyAreLoaded() {
		StockDemoData demo = new StockDemoData(this.register, this.clock);
		demo.seed().block();
		List<StockBalance> first = this.register.balances("tc-0001").block();
		long store = this.register.balance(StockMovement.STORE, "silver").block().quantity();
		demo.seed().block();
		assertThat(this.register.balances("tc-0001").block()).isEqualTo(first);
		assertThat(this.register.balance(StockMovement.STORE, "silver").block().quantity()).isEqualTo(store);
		assertThat(this.register.line("demo-trf-0003-yarn").block().state()).isEqualTo(StockMovement.State.DONE);
		assertThat(first).extracting(StockBalance::itemId).contains("raw-wool", "dyes", "yarn");
	}

}
