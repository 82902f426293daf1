package se.kompetensnav.employers;

import org.jspecify.annotations.Nullable;

/** What an administrator or the employer states about an organisation. Validated by {@link Organisations}. */
public record OrganisationForm(@Nullable String name, @Nullable String orgNumber, @Nullable String sniCode,
		@Nullable Integer employees, @Nullable Double turnoverMsek, @Nullable String municipalityCode,
		@Nullable Boolean greenTransition) {

	public boolean green() {
		return Boolean.TRUE.equals(greenTransition);
	}
}
