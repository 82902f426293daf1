package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrgNumberTests {

	@Test
	void aValidNumberIsAcceptedWithOrWithoutHyphenAndWrittenWithOne() {
		assertThat(OrgNumber.parse("5560160680")).isEqualTo(new OrgNumber("556016-0680"));
		assertThat(OrgNumber.parse("556016-0680").value()).isEqualTo("556016-0680");
		assertThat(OrgNumber.parse("556016-0680").digits()).isEqualTo("5560160680");
		// Well-known public numbers: Bodens kommun, Luleå kommun (as the demo units carry them).
		assertThat(OrgNumber.isValid("212000-2700")).isTrue();
		assertThat(OrgNumber.isValid("212000-2627")).isTrue();
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		assertThat(OrgNumber.isValid("556016-0681")).isFalse();
		assertThat(OrgNumber.hasValidFormat("556016-0681")).isTrue();
		assertThat(OrgNumber.parse("556016-0681")).isNull();
	}

	@Test
	void aWrongFormatIsRefused() {
		assertThat(OrgNumber.hasValidFormat("55601-60680")).isFalse();
		assertThat(OrgNumber.hasValidFormat("556016-068")).isFalse();
		assertThat(OrgNumber.hasValidFormat("556016 0680")).isFalse();
		assertThat(OrgNumber.hasValidFormat("abcdef-ghij")).isFalse();
		assertThat(OrgNumber.isValid(null)).isFalse();
	}

	@Property
	void exactlyOneCheckDigitCompletesAnyNineDigits(@ForAll @IntRange(min = 0, max = 999_999_999) int n) {
		String nine = String.format("%09d", n);
		long valid = 0;
		for (int d = 0; d <= 9; d++) {
			if (OrgNumber.isValid(nine + d)) {
				valid++;
			}
		}
		assertThat(valid).isEqualTo(1);
	}

	@Property
	void changingOneDigitBreaksTheCheck(@ForAll @IntRange(min = 0, max = 999_999_999) int n,
			@ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
		String nine = String.format("%09d", n);
		String valid = nine + OrgNumber.luhnCheckDigit(nine);
		char[] c = valid.toCharArray();
		c[position] = (char) ('0' + (c[position] - '0' + delta) % 10);
		assertThat(OrgNumber.isValid(new String(c))).isFalse();
	}
}
