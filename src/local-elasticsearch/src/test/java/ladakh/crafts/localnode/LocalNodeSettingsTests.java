package ladakh.crafts.localnode;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalNodeSettingsTests {

	private final LocalNodeSettings defaults = LocalNodeSettings.defaults(Path.of("target/some-node"));

	@Test
	void defaultsBindToLoopbackWithASmallHeapOnThisJvmsJava() {
		assertThat(this.defaults.host()).isEqualTo("127.0.0.1");
		assertThat(this.defaults.heap()).isEqualTo("512m");
		assertThat(this.defaults.systemUser()).isEqualTo("ladakh-es");
		assertThat(this.defaults.javaHome()).isEqualTo(Path.of(System.getProperty("java.home")));
		assertThat(this.defaults.distributionZip()).isNull();
	}

	@Test
	void baseDirIsMadeAbsoluteSoTheNodeDoesNotDependOnItsWorkingDirectory() {
		assertThat(this.defaults.baseDir()).isAbsolute().endsWithRaw(Path.of("target/some-node"));
	}

	@Test
	void withersChangeOnlyTheirOwnSetting() {
		LocalNodeSettings changed = this.defaults.withHttpPort(0)
			.withHeap("1g")
			.withStartTimeout(Duration.ofSeconds(5));

		assertThat(changed.httpPort()).isZero();
		assertThat(changed.heap()).isEqualTo("1g");
		assertThat(changed.startTimeout()).hasSeconds(5);
		assertThat(changed.baseDir()).isEqualTo(this.defaults.baseDir());
		assertThat(changed.host()).isEqualTo(this.defaults.host());
	}

	@Test
	void aHeapThatTheJvmWouldRejectIsRefusedUpFront() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withHeap("512 MB"))
			.withMessageContaining("512m or 1g");
	}

	@Test
	void aPortOutsideTheValidRangeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withHttpPort(70000));
	}

}
