package ladakh.crafts.marketplace.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RupeesTests {

	@ParameterizedTest(name = "{0} paise is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0              | ₹0
			5              | ₹0.05
			99             | ₹0.99
			100            | ₹1
			249950         | ₹2,499.50
			99900          | ₹999
			100000         | ₹1,000
			12000000       | ₹1,20,000
			1234567891     | ₹1,23,45,678.91
			1000000000     | ₹1,00,00,000
			-12000000      | -₹1,20,000
			""")
	void groupsDigitsTheIndianWayAndShowsPaiseOnlyWhenThereAreAny(long paise, String expected) {
		assertThat(new Rupees().format(paise)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			9223372036854775807  | ₹92,23,37,20,36,85,47,758.07
			-9223372036854775808 | -₹92,23,37,20,36,85,47,758.08
			""")
	void formatsTheExtremesOfLongWithoutOverflow(long paise, String expected) {
		assertThat(Rupees.formatPaise(paise)).isEqualTo(expected);
	}

}
