package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The department calendar's holidays, which are not working days for stipends. An officer
 * adds them; a month computed before keeps its lines (a correction is the way to change
 * one), so a holiday is best added before the month ends.
 */
@Service
public class Holidays {

	private final HolidayRepository holidays;

	private final AuditTrail audit;

	Holidays(HolidayRepository holidays, AuditTrail audit) {
		this.holidays = holidays;
		this.audit = audit;
	}

	/** A holiday: its day and its name in English and Hindi. */
	public record Holiday(LocalDate day, LocalizedText name) {

	}

	/** The year's holidays by day. */
	public Mono<List<Holiday>> ofYear(int year) {
		return this.holidays.named(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).collectList();
	}

	/**
	 * Adds a holiday (the same day again renames it).
	 * @throws Refusal INVALID without a day or an English name
	 */
	public Mono<Holiday> add(LocalDate day, String nameEn, String nameHi, MarketplaceUser by) {
		if (day == null) {
			return Mono.error(Refusal.invalid("training.holiday.refused.day",
					List.of(new Refusal.FieldProblem("day", "training.holiday.refused.day"))));
		}
		String en = (nameEn != null) ? nameEn.strip() : "";
		String hi = (nameHi != null) ? nameHi.strip() : "";
		if (en.isEmpty() || en.length() > 80 || hi.length() > 80) {
			return Mono.error(Refusal.invalid("training.holiday.refused.name",
					List.of(new Refusal.FieldProblem("nameEn", "training.holiday.refused.name"))));
		}
		return this.holidays.save(day, en, hi.isEmpty() ? null : hi)
			.then(this.audit.record(by, "HOLIDAY_ADDED", "DEPARTMENT_HOLIDAY", day.toString(), null,
					Map.of("name", en)))
			.thenReturn(new Holiday(day, new LocalizedText(en, hi.isEmpty() ? null : hi)));
	}

}
