package ladakh.crafts.marketplace.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@ParameterizedTest(name = "\"{0}\" is {1} paise")
	@CsvSource(delimiter = '|', textBlock = """
			1250            | 125000
			1,250.50        | 125050
			₹ 1,250         | 125000
			₹1,25,000       | 12500000
			Rs. 1,25,000    | 12500000
			rs 40           | 4000
			INR 99.5        | 9950
			1250/-          | 125000
			'  0.05 '       | 5
			.5              | 50
			1250.           | 125000
			1250.00         | 125000
			1,00,00,000     | 1000000000
			१२५०            | 125000
			रु. १,२५०.५०    | 125050
			""")
	void readsAmountsAsPeopleTypeThem(String typed, long paise) {
		assertThat(Money.parse(typed)).isEqualTo(Money.paise(paise));
	}

	@ParameterizedTest(name = "\"{0}\" is refused with {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''              | money.required
			'   '           | money.required
			twelve          | money.unreadable
			-50             | money.unreadable
			12,50,          | money.unreadable
			1.2.3           | money.unreadable
			1e5             | money.unreadable
			1,2             | money.unreadable
			$ 50            | money.unreadable
			12.505          | money.tooPrecise
			99999999999999999999 | money.tooLarge
			""")
	void refusesWhatIsNotAnAmountWithAKeyAPersonCanActOn(String typed, String key) {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Money.parse(typed)).satisfies((refusal) -> {
			assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
			assertThat(refusal.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void nullIsRequired() {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Money.parse(null))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("money.required"));
	}

	@ParameterizedTest(name = "{0} paise is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0                    | ₹0
			5                    | ₹0.05
			100                  | ₹1
			249950               | ₹2,499.50
			12000000             | ₹1,20,000
			1234567891           | ₹1,23,45,678.91
			-12000000            | -₹1,20,000
			-9223372036854775808 | -₹92,23,37,20,36,85,47,758.08
			""")
	void formatsWithIndianGroupingInEnglishAndHindiAlike(long paise, String expected) {
		Money amount = Money.paise(paise);
		assertThat(amount.format(Locale.ENGLISH)).isEqualTo(expected);
		assertThat(amount.format(Locale.forLanguageTag("hi"))).isEqualTo(expected);
	}

	@Property
	void whatItFormatsItReadsBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long paise) {
		Money amount = Money.paise(paise);
		assertThat(Money.parse(amount.format())).isEqualTo(amount);
	}

	@Test
	void arithmeticIsExact() {
		Money price = Money.parse("1,250.50");
		assertThat(price.times(3)).isEqualTo(Money.paise(375150));
		assertThat(price.plus(Money.rupees(10)).minus(Money.paise(50))).isEqualTo(Money.paise(126000));
		assertThat(price.negated().isNegative()).isTrue();
		assertThat(Money.rupees(1000).percent(new BigDecimal("12.5"))).isEqualTo(Money.rupees(125));
		assertThat(Money.paise(5).percent(BigDecimal.TEN)).isEqualTo(Money.paise(1));
		assertThat(Money.rupees(2).isGreaterThan(Money.rupees(1))).isTrue();
		assertThat(Money.rupees(2).min(Money.rupees(1))).isEqualTo(Money.rupees(1));
		assertThat(Money.parse("12.5").toMajor()).isEqualByComparingTo("12.50");
		assertThat(Money.paise(125050)).hasToString("INR 1250.50");
	}

	@Test
	void refusesToOverflowOrToMixCurrencies() {
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> Money.paise(Long.MAX_VALUE).plus(Money.paise(1)));
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.paise(Long.MAX_VALUE).times(2));
		Money dollars = new Money(100, Currency.getInstance("USD"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.rupees(1).plus(dollars));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, Currency.getInstance("JPY")));
	}

	@Test
	void readsTheStoredFormOnlyInRupees() {
		assertThat(Money.of(125, "INR")).isEqualTo(Money.paise(125));
		assertThat(Money.of(125, " inr ")).isEqualTo(Money.paise(125));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Money.of(125, "USD"))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("money.currency"));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Money.of(125, null));
	}

}
