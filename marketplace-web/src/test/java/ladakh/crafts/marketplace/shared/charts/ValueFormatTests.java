package ladakh.crafts.marketplace.shared.charts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFormatTests {

	@ParameterizedTest(name = "{0} {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			COUNT | 0                    | 0
			COUNT | 999                  | 999
			COUNT | 1000                 | 1,000
			COUNT | 10700000             | 1,07,00,000
			COUNT | -107000              | -1,07,000
			COUNT | -9223372036854775808 | -92,23,37,20,36,85,47,75,808
			PAISE | 1070000000           | ₹1,07,00,000
			PAISE | 249950               | ₹2,499.50
			PAISE | -5000                | -₹50
			""")
	void countsAndRupeesAreWrittenWithIndianGrouping(ValueFormat format, long value, String written) {
		assertThat(format.format(value)).isEqualTo(written);
	}

}
