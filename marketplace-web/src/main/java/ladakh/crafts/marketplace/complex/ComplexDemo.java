package ladakh.crafts.marketplace.complex;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's artisan complex: when the demo data is loaded and no term covers today, the
 * rotation schedules this calendar quarter and the next among the demo's eligible
 * sellers. Made from today's date rather than stored in the demo data, so the demo always
 * has a current term; once made it is left as it is.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class ComplexDemo {

	private final ComplexDesk desk;

	private final ComplexQueries queries;

	private final Clock clock;

	ComplexDemo(ComplexDesk desk, ComplexQueries queries, Clock clock) {
		this.desk = desk;
		this.queries = queries;
		this.clock = clock;
	}

	/** After the demo data (an application runner) is in. */
	@EventListener(ApplicationReadyEvent.class)
	void scheduleCurrentTerm() {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		this.queries.now()
			.filter((now) -> now.current() == null)
			.flatMap((now) -> this.desk.schedule(quarter, 3, 2,
					"Demo: the artisan complex from " + IndiaTime.day(quarter).in(Locale.ENGLISH), null))
			// A term already there (another instance, or one scheduled by hand) stays.
			.onErrorResume(Refusal.class, (ex) -> Mono.empty())
			.block(Duration.ofMinutes(1));
	}

}
