package se.kompetensnav.people.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A programme as entered in the form or the API, text as typed; {@link ProgrammeService} parses and checks it so that
 * every problem is reported at its field.
 *
 * @param unitId the owning organisational unit (its cases are scoped to it)
 * @param targetGroups target group codes, e.g. {@code LONG_TERM_UNEMPLOYED}
 * @param sites where the programme takes place, one entry per site
 * @param staff who works in it and in which role; replaces the staff list on edit
 */
public record ProgrammeInput(@Nullable String name, @Nullable Long unitId, @Nullable String funder,
		@Nullable String operationId, @Nullable String startsOn, @Nullable String endsOn, @Nullable String places,
		@Nullable List<String> targetGroups, @Nullable List<String> sites, @Nullable List<StaffInput> staff) {

	/** A staff member: an existing user of the owning unit (or a unit below it) and their role in the programme. */
	public record StaffInput(@Nullable String username, @Nullable String role) {
	}
}
