package ladakh.crafts.catalog.index;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SellingRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void anActiveSellerSellsUpToAndIncludingTheLastValidDay() {
		assertThat(SellingRule.sellsOn("ACTIVE", "2026-11-23", TODAY)).isTrue();
		assertThat(SellingRule.sellsOn("ACTIVE", "2026-11-22", TODAY)).isFalse();
		assertThat(SellingRule.sellsOn("ACTIVE", (String) null, TODAY)).isTrue();
		assertThat(SellingRule.sellsOn("ACTIVE", " ", TODAY)).isTrue();
	}

	@Test
	void anyOtherStatusOrAnUnreadableDateDoesNotSell() {
		assertThat(SellingRule.sellsOn("SUSPENDED", "2028-01-01", TODAY)).isFalse();
		assertThat(SellingRule.sellsOn("PENDING", (String) null, TODAY)).isFalse();
		assertThat(SellingRule.sellsOn(null, (String) null, TODAY)).isFalse();
		assertThat(SellingRule.sellsOn("ACTIVE", "31/12/2028", TODAY)).isFalse();
	}

}
