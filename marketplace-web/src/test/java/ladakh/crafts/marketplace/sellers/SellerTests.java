package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SellerTests {

	private static final Instant NOW = Instant.parse("2026-11-23T05:30:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void aRegisteredArtisanSellsUntilTheRegistrationRunsOut() {
		Seller artisan = artisan(TODAY);
		assertThat(artisan.status()).isEqualTo(SellerStatus.ACTIVE);
		assertThat(artisan.sellsOn(TODAY)).isTrue();
		assertThat(artisan.vouchedForOn(TODAY)).isTrue();
		assertThat(artisan.sellsOn(TODAY.plusDays(1))).isFalse();
	}

	@Test
	void suspendAndReinstateNeedAReasonAndTheRightStatus() {
		Seller artisan = artisan(null);
		assertThatThrownBy(() -> artisan.suspend("  ", NOW)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID));
		assertThatThrownBy(() -> artisan.reinstate("Card renewed", NOW)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));

		artisan.suspend(" Sold machine-made shawls ", NOW);
		assertThat(artisan.status()).isEqualTo(SellerStatus.SUSPENDED);
		assertThat(artisan.statusReason()).isEqualTo("Sold machine-made shawls");
		assertThat(artisan.loadedStatus()).isEqualTo(SellerStatus.ACTIVE);
		assertThat(artisan.sellsOn(TODAY)).isFalse();
		assertThatThrownBy(() -> artisan.suspend("again", NOW)).isInstanceOf(Refusal.class);

		artisan.reinstate("Checked by the officer", NOW);
		assertThat(artisan.sellsOn(TODAY)).isTrue();
	}

	@Test
	void anShgWaitsForOneApprovalBeforeItsFundOpens() {
		Seller shg = Seller.newShg("shg-t", "Test SHG", new Seller.Place("LEH", null, "Saboo"), List.of("namda"),
				new ShgDetails(TODAY, List.of("art-1", "art-2"), "art-1", "art-2", "art-1", "1234", "SBIN0001234", null,
						null, null, null),
				NOW);
		assertThat(shg.status()).isEqualTo(SellerStatus.PENDING);
		assertThat(shg.fundOpen()).isFalse();
		assertThat(shg.sellsOn(TODAY)).isFalse();
		assertThat(shg.shg().fundBalance()).isEqualTo(Money.ZERO);

		shg.approve("usr-officer", NOW);
		assertThat(shg.fundOpen()).isTrue();
		assertThat(shg.shg().approvedBy()).isEqualTo("usr-officer");
		assertThatThrownBy(() -> shg.approve("usr-officer", NOW)).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));
	}

	@Test
	void anArtisanIsRegisteredOnlyWithANumber() {
		assertThatThrownBy(() -> Seller.registeredArtisan("art-x", "X", new Seller.Place("LEH", null, null),
				List.of("thangka-painting"), Seller.Registration.NONE, new MobileNumber("9419876543"), null, null, NOW))
			.isInstanceOf(Refusal.class);
	}

	private static Seller artisan(LocalDate validUntil) {
		return Seller.registeredArtisan("art-t", "Tashi", new Seller.Place("LEH", "Khaltse", "Saboo"),
				List.of("thangka-painting"),
				new Seller.Registration("LEH/HC/2026/0042", TODAY.minusYears(1), validUntil, "app-t"),
				new MobileNumber("9419876543"), null, new ArtisanDetails("Sonam", "FEMALE", 1980, 12, null, null), NOW);
	}

}
