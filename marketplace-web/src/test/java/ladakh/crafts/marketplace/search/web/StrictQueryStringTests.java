package ladakh.crafts.marketplace.search.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StrictQueryStringTests {

	@Test
	void decodesUtf8PlusAndRepeatedNames() {
		Map<String, String> parameters = StrictQueryString
			.parse("q=%E0%A4%AA%E0%A4%B6%E0%A5%8D%E0%A4%AE%E0%A5%80%E0%A4%A8%E0%A4%BE+shawl&craft=a&craft=b&empty&x=");

		assertThat(parameters).containsEntry("q", "पश्मीना shawl")
			.containsEntry("craft", "a")
			.containsEntry("empty", "")
			.containsEntry("x", "");
	}

	@Test
	void nothingIsNothing() {
		assertThat(StrictQueryString.parse(null)).isEmpty();
		assertThat(StrictQueryString.parse("")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=%C3%28", "q=%FF", "q=%E0%A4", "q=%ED%A0%80", "q=%", "q=%G1", "q=ab%2" })
	void refusesWhatIsNotUtf8Text(String raw) {
		assertThatExceptionOfType(SearchInputException.class).isThrownBy(() -> StrictQueryString.parse(raw))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("search.error.encoding"));
	}

}
