package se.kompetensnav.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Swedish organisation numbers: ten digits, the last a Luhn check digit; stored without the hyphen. */
class OrgNumberTests {

	@Test
	void acceptsRealNumbersWithOrWithoutHyphen() {
		assertThat(IdentityAdmin.normaliseOrgNumber("556016-0680")).isEqualTo("5560160680");
		assertThat(IdentityAdmin.normaliseOrgNumber(" 2120002700 ")).isEqualTo("2120002700");
		assertThat(IdentityAdmin.normaliseOrgNumber("212000-2627")).isEqualTo("2120002627");
	}

	@Test
	void refusesMalformedNumbers() {
		assertThat(IdentityAdmin.normaliseOrgNumber("556016-068")).isNull();
		assertThat(IdentityAdmin.normaliseOrgNumber("55601606800")).isNull();
		assertThat(IdentityAdmin.normaliseOrgNumber("abcdef-ghij")).isNull();
		assertThat(IdentityAdmin.normaliseOrgNumber("")).isNull();
	}

	/** Changing the check digit of a valid number always makes it invalid. */
	@Property
	void exactlyOneCheckDigitFits(@ForAll @IntRange(min = 0, max = 999_999_999) int body) {
		String nine = String.format("%09d", body);
		int valid = 0;
		for (int d = 0; d <= 9; d++) {
			if (IdentityAdmin.normaliseOrgNumber(nine + d) != null) {
				valid++;
			}
		}
		assertThat(valid).isEqualTo(1);
	}
}
