package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since when a seller counts as registered, in India time, from what their record holds.
 */
class SellerMilestonesTests {

	private static final Seller.Place LEH = new Seller.Place("LEH", null, null);

	/** 00:30 IST on 2 May 2026: still 1 May in UTC. */
	private static final Instant EARLY_ON_2_MAY = Instant.parse("2026-05-01T19:00:00Z");

	@Test
	void anArtisanIsRegisteredOnTheDateOnTheirCard() {
		Seller artisan = Seller.registeredArtisan("a-1", "Stanzin Dolma", LEH, List.of("pashmina-weaving"),
				new Seller.Registration("LEH/HC/2026/0042", LocalDate.of(2026, 4, 20), null, null), null, null, null,
				EARLY_ON_2_MAY);

		SellerMilestones.Registered registered = SellerMilestones.Registered.of(artisan);

		assertThat(registered.registeredOn()).isEqualTo(LocalDate.of(2026, 4, 20));
		assertThat(registered.registrationNumber()).isEqualTo("LEH/HC/2026/0042");
		assertThat(registered.registered()).isTrue();
	}

	@Test
	void anShgIsRegisteredOnTheDayAnOfficerApprovedItAndNotBefore() {
		Seller shg = Seller.newShg("shg-1", "Women of Stok", LEH, List.of("pashmina-weaving"),
				new ShgDetails(null, List.of(), null, null, null, null, null, Money.ZERO, Money.ZERO, null, null),
				Instant.EPOCH);

		assertThat(SellerMilestones.Registered.of(shg).registered()).isFalse();
		shg.approve("officer-1", EARLY_ON_2_MAY);
		assertThat(SellerMilestones.Registered.of(shg).registeredOn()).isEqualTo(LocalDate.of(2026, 5, 2));
	}

	@Test
	void aSellerWithoutARegistrationDateIsRegisteredOnTheDayTheRecordWasMade() {
		Seller unit = Seller.registeredUnitHolder("u-1", "Stok Weaves", LEH, List.of("pashmina-weaving"),
				new Seller.Registration("LEH/UH/2026/0007", null, null, null), null,
				new UnitDetails("a-1", "LEH/HC/2026/0042", null, null), EARLY_ON_2_MAY);

		assertThat(SellerMilestones.Registered.of(unit).registeredOn()).isEqualTo(LocalDate.of(2026, 5, 2));
	}

}
