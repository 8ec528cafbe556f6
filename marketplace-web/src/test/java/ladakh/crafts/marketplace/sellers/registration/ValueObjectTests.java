package ladakh.crafts.marketplace.sellers.registration;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValueObjectTests {

	@Test
	void mobileNumbersAreNormalisedFromHowPeopleTypeThem() {
		assertThat(MobileNumber.parse("+91 98765 43210").digits()).isEqualTo("9876543210");
		assertThat(MobileNumber.parse("919876543210").digits()).isEqualTo("9876543210");
		assertThat(MobileNumber.parse("09876543210").digits()).isEqualTo("9876543210");
		assertThat(MobileNumber.parse("98765-43210").digits()).isEqualTo("9876543210");
		assertThat(MobileNumber.read("(0) 98765.43210")).map(MobileNumber::digits).contains("9876543210");
		assertThat(MobileNumber.read("12345")).isEmpty();
	}

	@Test
	void mobileNumbersMustBeTenDigitsStartingWithSixToNine() {
		assertThatIllegalArgumentException().isThrownBy(() -> MobileNumber.parse("5876543210"));
		assertThatIllegalArgumentException().isThrownBy(() -> MobileNumber.parse("987654321"));
		assertThatIllegalArgumentException().isThrownBy(() -> MobileNumber.parse("98765432100"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber("98765abcde"));
	}

	@Test
	void pinCodesAreSixDigitsInLadakh() {
		assertThat(PinCode.inLadakh("194101").value()).isEqualTo("194101");
		assertThatIllegalArgumentException().isThrownBy(() -> PinCode.inLadakh("19410"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PinCode("1941O1"));
		assertThatIllegalArgumentException().isThrownBy(() -> PinCode.inLadakh("110001"))
			.isInstanceOf(PinCode.OutsideLadakh.class);
		// Elsewhere in India a PIN code is just six digits, not starting with 0.
		assertThat(PinCode.read(" 110001 ")).map(PinCode::value).contains("110001");
		assertThat(PinCode.read("011001")).isEmpty();
	}

	@Test
	void registrationNumbersPrintAndParseTheDocumentedFormat() {
		RegistrationNumber number = new RegistrationNumber(District.LEH, "HC", 2026, 42);
		assertThat(number).hasToString("LEH/HC/2026/0042");
		assertThat(RegistrationNumber.parse("KGL/HL/2027/0100"))
			.isEqualTo(new RegistrationNumber(District.KARGIL, "HL", 2027, 100));
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationNumber.parse("LEH/XX/2026/0042"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationNumber(District.LEH, "HC", 2026, 0));
	}

	@Test
	void pashminaWeaversAreRegisteredByTheHandloomDepartment() {
		assertThat(RegistrationNumberRepository.department("pashmina-weaving")).isEqualTo("HL");
		assertThat(RegistrationNumberRepository.department("thangka-painting")).isEqualTo("HC");
	}

	@Test
	void aPassNeedsFiveInEveryCriterionAndTwentyFourInAll() {
		PassingPolicy policy = new PassingPolicy();
		assertThat(policy.passes(new Marks(6, 6, 6, 6))).isTrue();
		assertThat(policy.passes(new Marks(10, 10, 10, 4))).isFalse();
		assertThat(policy.passes(new Marks(5, 5, 5, 5))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Marks(11, 5, 5, 5));
	}

}
