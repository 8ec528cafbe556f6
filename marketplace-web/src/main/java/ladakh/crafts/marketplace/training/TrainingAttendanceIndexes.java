package ladakh.crafts.marketplace.training;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the attendance and stipend collections' indexes at start (an existing one is a
 * no-op).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingAttendanceIndexes implements ApplicationRunner {

	private final AttendanceMarkRepository marks;

	private final PunchRepository punches;

	private final StipendLineRepository stipends;

	TrainingAttendanceIndexes(AttendanceMarkRepository marks, PunchRepository punches, StipendLineRepository stipends) {
		this.marks = marks;
		this.punches = punches;
		this.stipends = stipends;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.marks.createIndexes()
			.then(this.punches.createIndexes())
			.then(this.stipends.createIndexes())
			.block(Duration.ofMinutes(1));
	}

}
