package ladakh.crafts.marketplace.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's coming exhibitions on a day of their own (a far-past year: no other
 * test's exhibitions are near it, and for every other test these have ended, so no list
 * of exhibitions on now or to come grows): the ones on now first, by first day, then
 * those to come; none that ended; no more than asked. The thirty announced further ahead
 * are not read: each read examines only what it returns, or the last year's begun
 * exhibitions.
 */
@MockServerTest
class UpcomingExhibitionsTests {

	@Autowired
	ShowcaseRepository showcase;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void onNowFirstThenToComeByFirstDayReadingOnlyWhatIsShown() {
		LocalDate today = LocalDate.of(1500 + ThreadLocalRandom.current().nextInt(400), 6, 15);
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Document> exhibitions = new ArrayList<>();
		exhibitions.add(exhibition(run + "-ended", today.minusDays(20), today.minusDays(1)));
		exhibitions.add(exhibition(run + "-long-on", today.minusMonths(11), today.plusDays(3)));
		exhibitions.add(exhibition(run + "-on-today", today, today.plusDays(2)));
		exhibitions.add(exhibition(run + "-ends-today", today.minusDays(4), today));
		for (int i = 0; i < 30; i++) {
			exhibitions.add(exhibition(run + "-ahead-" + i, today.plusDays(10 + i), today.plusDays(12 + i)));
		}
		this.mongo.getCollection("exhibitions")
			.flatMap((collection) -> reactor.core.publisher.Mono.from(collection.insertMany(exhibitions)))
			.block();

		List<QueryScans.Scan> reads = new ArrayList<>();
		List<String> shown;
		try (QueryScans.Subscription subscription = QueryScans.subscribe(-1, reads::add)) {
			shown = this.showcase.upcoming(today, 5).map(ShowcaseRepository.Exhibition::id).collectList().block();
		}
		assertThat(shown).containsExactly(run + "-long-on", run + "-ends-today", run + "-on-today", run + "-ahead-0",
				run + "-ahead-1");
		List<QueryScans.Scan> exhibitionReads = reads.stream()
			.filter((scan) -> scan.namespace().endsWith(".exhibitions"))
			.toList();
		assertThat(exhibitionReads).hasSize(2).allSatisfy((scan) -> {
			assertThat(scan.index()).isEqualTo("startsOn_id");
			assertThat(scan.examined()).isLessThanOrEqualTo(5);
		});
	}

	private static Document exhibition(String id, LocalDate startsOn, LocalDate endsOn) {
		return new Document("_id", id).append("name", new Document("en", "Fair " + id).append("hi", "मेला"))
			.append("place", "Leh")
			.append("startsOn", startsOn.toString())
			.append("endsOn", endsOn.toString());
	}

}
