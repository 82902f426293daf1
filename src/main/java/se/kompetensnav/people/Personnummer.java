package se.kompetensnav.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Swedish personal identity number (or coordination number, day + 60), validated by its date and its Luhn check
 * digit and kept as 12 digits ({@code YYYYMMDDNNNC}). Shown masked everywhere but the registerutdrag.
 */
public record Personnummer(String digits) {

	public Personnummer {
		if (!digits.matches("\\d{12}")) {
			throw new IllegalArgumentException("12 digits expected");
		}
	}

	/**
	 * Parses {@code YYYYMMDD-NNNN}, {@code YYYYMMDDNNNN}, {@code YYMMDD-NNNN} or {@code YYMMDDNNNN} ({@code +} instead
	 * of {@code -} for people aged 100 or more); empty when the text is not a valid number on {@code today}.
	 */
	public static Optional<Personnummer> parse(String text, LocalDate today) {
		String s = text.trim().replace(" ", "");
		boolean centenarian = s.contains("+");
		s = s.replace("-", "").replace("+", "");
		if (!s.matches("\\d{10}|\\d{12}")) {
			return Optional.empty();
		}
		if (s.length() == 10) {
			int yy = Integer.parseInt(s.substring(0, 2));
			int century = today.getYear() / 100 * 100;
			int year = century + yy;
			if (year > today.getYear()) {
				year -= 100;
			}
			if (centenarian) {
				year -= 100;
			}
			s = year + s.substring(2);
		}
		if (!luhnValid(s.substring(2))) {
			return Optional.empty();
		}
		Personnummer p = new Personnummer(s);
		LocalDate born = p.birthDateOrNull();
		if (born == null || born.isAfter(today)) {
			return Optional.empty();
		}
		return Optional.of(p);
	}

	/** The Luhn (mod 10) check over ten digits, the last one being the check digit. */
	static boolean luhnValid(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int d = tenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	/** The date of birth (a coordination number's day minus 60). */
	public LocalDate birthDate() {
		LocalDate d = birthDateOrNull();
		if (d == null) {
			throw new IllegalStateException("invalid date");
		}
		return d;
	}

	private LocalDate birthDateOrNull() {
		int year = Integer.parseInt(digits.substring(0, 4));
		int month = Integer.parseInt(digits.substring(4, 6));
		int day = Integer.parseInt(digits.substring(6, 8));
		if (day > 60) {
			day -= 60;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** {@code YYYYMMDD-****}: the date of birth is not secret, the last four digits are. */
	public String masked() {
		return digits.substring(0, 8) + "-****";
	}

	/** {@code YYYYMMDD-NNNN}. */
	public String formatted() {
		return digits.substring(0, 8) + "-" + digits.substring(8);
	}

	@Override
	public String toString() {
		return masked();
	}
}
