package se.kompetensnav.identity;

/** What a user may do. A user has one or more roles and belongs to one unit. */
public enum Role {
	/** Administers units, users, reference data and parameters. */
	ADMIN,
	/** Manages a unit (e.g. Jobbcenter, Bodens kommun): sees the unit's cases and reviews its audit log. */
	UNIT_MANAGER,
	/** Labour-market consultant: works with the participants assigned to them in their unit. */
	CONSULTANT,
	/** Regional analyst: reads aggregated, pseudonymised data only. */
	ANALYST,
	/** Employer contact: sees and maintains only their own organisation. */
	EMPLOYER,
	/** Education provider: maintains only their own courses. */
	PROVIDER;

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
