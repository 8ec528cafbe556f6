package ladakh.crafts.loadtests.measure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTests {

	@Test
	void percentilesAreTheNearestRankOfTheRecordedLatencies() {
		Latencies latencies = new Latencies();
		for (int ms = 100; ms >= 1; ms--) {
			latencies.record(Duration.ofMillis(ms).toNanos());
		}
		assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(50));
		assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(99));
		assertThat(latencies.max()).isEqualTo(Duration.ofMillis(100));
		assertThat(latencies.percentile(0.5)).isEqualTo(Duration.ofMillis(1));
		assertThat(latencies.count()).isEqualTo(100);
	}

	@Test
	void errorsAreCountedApartFromLatencies() {
		Latencies latencies = new Latencies();
		latencies.record(5);
		latencies.error();
		latencies.error();
		assertThat(latencies.count()).isEqualTo(1);
		assertThat(latencies.errors()).isEqualTo(2);
	}

	@Test
	void addingAnotherMeasurementMergesLatenciesAndErrors() {
		Latencies a = new Latencies();
		a.record(Duration.ofMillis(1).toNanos());
		Latencies b = new Latencies();
		b.record(Duration.ofMillis(9).toNanos());
		b.error();
		assertThat(a.addAll(b).max()).isEqualTo(Duration.ofMillis(9));
		assertThat(a.count()).isEqualTo(2);
		assertThat(a.errors()).isEqualTo(1);
	}

	@Test
	void aPercentileOfNothingIsRefused() {
		assertThatThrownBy(() -> new Latencies().p50()).isInstanceOf(IllegalStateException.class);
	}

}
