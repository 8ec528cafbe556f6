package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private final Scheme border = new Scheme("BORDER_AREA", new LocalizedText("Border", "सीमा"),
			Scheme.Department.HANDICRAFT, "ELEMENTARY", 12, 10, 10,
			List.of(new Scheme.Rate(LocalDate.of(2010, 4, 1), Money.rupees(250), "As published")), 75,
			List.of(Scheme.Provision.TOOLS), List.of(Scheme.Provision.LOOM), 3);

	@Test
	void aRateChangeAppliesFromItsDayAndLeavesEarlierDaysAtTheOldRate() {
		Scheme changed = this.border.changeRate(Money.rupees(400), LocalDate.of(2027, 1, 1), "Order 12 of 2026", TODAY);

		assertThat(changed.rateOn(LocalDate.of(2026, 12, 31))).contains(Money.rupees(250));
		assertThat(changed.rateOn(LocalDate.of(2027, 1, 1))).contains(Money.rupees(400));
		assertThat(changed.rateOn(LocalDate.of(2015, 6, 1))).contains(Money.rupees(250));
		assertThat(changed.rateOn(LocalDate.of(2009, 1, 1))).isEmpty();
		assertThat(changed.rates()).extracting(Scheme.Rate::monthly)
			.containsExactly(Money.rupees(250), Money.rupees(400));
		assertThat(changed.ratesAfter(TODAY)).extracting(Scheme.Rate::reason).containsExactly("Order 12 of 2026");
		assertThat(changed.version()).isEqualTo(4);
		assertThat(this.border.rates()).hasSize(1);
	}

	@Test
	void aLaterChangeAnnouncedFirstStillAppliesInDayOrder() {
		Scheme changed = this.border.changeRate(Money.rupees(500), LocalDate.of(2028, 4, 1), "Later", TODAY)
			.changeRate(Money.rupees(300), LocalDate.of(2027, 4, 1), "Sooner", TODAY);

		assertThat(changed.rateOn(LocalDate.of(2027, 6, 1))).contains(Money.rupees(300));
		assertThat(changed.rateOn(LocalDate.of(2028, 6, 1))).contains(Money.rupees(500));
	}

	@Test
	void refusesADayPastAnUnsetRateASecondRateForOneDayAndNoReason() {
		assertRefused(() -> this.border.changeRate(Money.rupees(300), TODAY.minusDays(1), "Back-dated", TODAY),
				Refusal.Kind.INVALID, "training.scheme.rate.past", "effectiveFrom");
		assertRefused(() -> this.border.changeRate(Money.ZERO, TODAY, "Nothing", TODAY), Refusal.Kind.INVALID,
				"training.scheme.rate.invalid", "rate");
		assertRefused(() -> this.border.changeRate(Money.rupees(300), TODAY, "  ", TODAY), Refusal.Kind.INVALID,
				"training.scheme.rate.reason", "reason");
		assertRefused(() -> this.border.changeRate(Money.rupees(300), null, "No day", TODAY), Refusal.Kind.INVALID,
				"training.scheme.rate.dayInvalid", "effectiveFrom");
		Scheme changed = this.border.changeRate(Money.rupees(300), TODAY, "Today", TODAY);
		assertRefused(() -> changed.changeRate(Money.rupees(350), TODAY, "Again", TODAY), Refusal.Kind.CONFLICT,
				"training.scheme.rate.sameDay", "effectiveFrom");
		assertThat(changed.rateOn(TODAY)).contains(Money.rupees(300));
	}

	private static void assertRefused(Runnable move, Refusal.Kind kind, String key, String field) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class, (refusal) -> {
			assertThat(refusal.kind()).isEqualTo(kind);
			assertThat(refusal.messageKey()).isEqualTo(key);
			assertThat(refusal.field()).isEqualTo(field);
		});
	}

}
