package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shop term's moves: each adds or ends a spell, none rewrites one. */
class ShopTermTests {

	private static final Instant AT = Instant.parse("2027-01-10T05:00:00Z");

	private final ShopTerm vacant = new ShopTerm("2027-01-01", "A1", LocalDate.of(2027, 1, 1),
			LocalDate.of(2027, 3, 31), null, List.of(), 0);

	@Test
	void aVacantShopIsAllottedOnceAndAHeldOneIsRefused() {
		ShopTerm held = this.vacant.allot("art-1", Spell.Grant.ALLOTTED, "new unit", "officer", AT);
		assertThat(held.sellerId()).isEqualTo("art-1");
		assertThat(held.version()).isEqualTo(1);
		assertThat(held.spells()).singleElement().satisfies((spell) -> {
			assertThat(spell.grant()).isEqualTo(Spell.Grant.ALLOTTED);
			assertThat(spell.reason()).isEqualTo("new unit");
			assertThat(spell.current()).isTrue();
		});
		assertThatThrownBy(() -> held.allot("art-2", Spell.Grant.ALLOTTED, "again", "officer", AT))
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.CONFLICT));
	}

	@Test
	void aSurrenderEndsTheSpellAndKeepsIt() {
		ShopTerm surrendered = this.vacant.allot("art-1", Spell.Grant.SCHEDULED, null, "system", AT)
			.surrender("moving to Kargil", AT.plusSeconds(60));
		assertThat(surrendered.vacant()).isTrue();
		assertThat(surrendered.spells()).singleElement().satisfies((spell) -> {
			assertThat(spell.sellerId()).isEqualTo("art-1");
			assertThat(spell.ending()).isEqualTo(Spell.Ending.SURRENDERED);
			assertThat(spell.endReason()).isEqualTo("moving to Kargil");
		});
		assertThatThrownBy(() -> surrendered.surrender("twice", AT)).isInstanceOf(Refusal.class);
	}

	@Test
	void aSwapChangesBothHoldersAndRecordsBoth() {
		ShopTerm a = this.vacant.allot("art-1", Spell.Grant.SCHEDULED, null, "system", AT);
		ShopTerm b = new ShopTerm("2027-01-01", "B4", a.startsOn(), a.endsOn(), null, List.of(), 0).allot("art-2",
				Spell.Grant.SCHEDULED, null, "system", AT);
		List<ShopTerm> swapped = a.swapWith(b, "closer to family", "officer", AT);
		assertThat(swapped).extracting(ShopTerm::sellerId).containsExactly("art-2", "art-1");
		assertThat(swapped).extracting(ShopTerm::version).containsExactly(2L, 2L);
		assertThat(swapped.get(0).spells()).extracting(Spell::sellerId).containsExactly("art-1", "art-2");
		assertThat(swapped.get(0).spells().get(0).ending()).isEqualTo(Spell.Ending.SWAPPED);
		assertThatThrownBy(() -> a.swapWith(a, "same", "officer", AT)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> a.swapWith(this.vacant, "vacant", "officer", AT)).isInstanceOf(Refusal.class);
	}

}
