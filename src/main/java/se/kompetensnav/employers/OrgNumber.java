package se.kompetensnav.employers;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Swedish organisation number (organisationsnummer): ten digits written NNNNNN-NNNN, the last a check digit by the
 * Luhn (mod 10) algorithm over the first nine (Skatteverket, SKV 709). Input may omit the hyphen.
 */
public record OrgNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{6}-?\\d{4}");

	public OrgNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid organisation number: " + value);
		}
		value = canonical(value);
	}

	/** Parses {@code NNNNNN-NNNN} or {@code NNNNNNNNNN}; null when the format or check digit is wrong. */
	public static @Nullable OrgNumber parse(@Nullable String text) {
		return text != null && isValid(text.strip()) ? new OrgNumber(text.strip()) : null;
	}

	public static boolean hasValidFormat(@Nullable String text) {
		return text != null && FORMAT.matcher(text.strip()).matches();
	}

	public static boolean isValid(@Nullable String text) {
		if (!hasValidFormat(text)) {
			return false;
		}
		String digits = text.strip().replace("-", "");
		return luhnCheckDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
	}

	/** The Luhn check digit for the given digits: every other digit from the right, starting with the last, doubled. */
	static int luhnCheckDigit(String digits) {
		int sum = 0;
		boolean dbl = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (dbl) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			dbl = !dbl;
		}
		return (10 - sum % 10) % 10;
	}

	private static String canonical(String text) {
		String digits = text.strip().replace("-", "");
		return digits.substring(0, 6) + "-" + digits.substring(6);
	}

	/** The ten digits without the hyphen, as the identity module and JobTech ads write it. */
	public String digits() {
		return value.replace("-", "");
	}

	@Override
	public String toString() {
		return value;
	}
}
