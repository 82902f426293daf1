package se.kompetensnav.effects.model;

/**
 * What the model needs to know about a person.
 *
 * @param age age in the year
 * @param monthlyWage the wage the person earns in work (SEK/month)
 * @param sgiMonthly the income the sickness benefit is based on (SEK/month): the wage before the sick-listing
 */
public record Person(int age, double monthlyWage, double sgiMonthly) {

	public Person {
		if (age < 15 || age > 100) {
			throw new IllegalArgumentException("age out of range: " + age);
		}
		if (monthlyWage < 0 || sgiMonthly < 0) {
			throw new IllegalArgumentException("negative income");
		}
	}
}
