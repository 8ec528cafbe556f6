package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The exhibition's stored shape and its conditional save, on the in-process engine.
 */
@MockServerTest
class ExhibitionRepositoryTests {

	private final String id = "fair-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	ExhibitionRepository exhibitions;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aPlanRoundTripsAndOfTwoMovesFromTheSameReadOnlyOneIsStored() {
		this.mongo
			.insert(new Document("_id", this.id).append("name", new Document("en", "Fair").append("hi", "मेला"))
				.append("place", "Leh")
				.append("startsOn", "2099-02-03")
				.append("endsOn", "2099-02-05"), ExhibitionRepository.COLLECTION)
			.block();
		Exhibition read = this.exhibitions.find(this.id).block();
		assertThat(read.version()).isZero();
		assertThat(read.plan().isEmpty()).isTrue();
		LocalDate today = LocalDate.of(2099, 1, 1);
		StallPlan one = new StallPlan(List.of(new Stall("A-1", StallKind.HANDLOOM, 25, 30, Money.paise(150_050), 10, 20,
				ReservedCategory.WOMEN_SHG)));
		StallPlan other = new StallPlan(
				List.of(new Stall("B-1", StallKind.FOOD, 30, 30, Money.rupees(800), 0, 0, null)));

		List<Exhibition> stored = Mono
			.zip(this.exhibitions.savePlan(read, read.planStalls(one, today)).map(List::of).defaultIfEmpty(List.of()),
					this.exhibitions.savePlan(read, read.planStalls(other, today))
						.map(List::of)
						.defaultIfEmpty(List.of()))
			.map((both) -> java.util.stream.Stream.concat(both.getT1().stream(), both.getT2().stream()).toList())
			.block();

		assertThat(stored).hasSize(1);
		Exhibition again = this.exhibitions.find(this.id).block();
		assertThat(again.version()).isEqualTo(1);
		assertThat(again.plan()).isEqualTo(stored.get(0).plan());
		assertThat(again.name()).isEqualTo(new LocalizedText("Fair", "मेला"));
	}

	@Test
	void aPlanCannotChangeOnceTheExhibitionHasBegun() {
		Exhibition exhibition = new Exhibition(this.id, new LocalizedText("Fair", null), null, "Leh", "LEH",
				LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 26), null, StallPlan.EMPTY, 0);
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> exhibition.planStalls(StallPlan.EMPTY, LocalDate.of(2026, 9, 20)))
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));
		assertThat(exhibition.phaseOn(LocalDate.of(2026, 9, 19))).isEqualTo(Exhibition.Phase.UPCOMING);
		assertThat(exhibition.phaseOn(LocalDate.of(2026, 9, 26))).isEqualTo(Exhibition.Phase.CURRENT);
		assertThat(exhibition.phaseOn(LocalDate.of(2026, 9, 27))).isEqualTo(Exhibition.Phase.PAST);
	}

	@Test
	void datesAreWrittenAsPeopleWriteThem() {
		assertThat(ExhibitionDates.span(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 26), java.util.Locale.ENGLISH))
			.isEqualTo("20–26 Sep 2026");
		assertThat(ExhibitionDates.span(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 3), java.util.Locale.ENGLISH))
			.isEqualTo("28 Sep – 3 Oct 2026");
		assertThat(ExhibitionDates.span(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2), java.util.Locale.ENGLISH))
			.isEqualTo("30 Dec 2026 – 2 Jan 2027");
		assertThat(ExhibitionDates.span(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 14), java.util.Locale.ENGLISH))
			.isEqualTo("14 Feb 2026");
		assertThat(ExhibitionDates.span(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 26),
				java.util.Locale.forLanguageTag("hi")))
			.startsWith("20–26 ")
			.endsWith(" 2026")
			.doesNotContain("Sep");
	}

}
