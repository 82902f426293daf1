package se.kompetensnav.web;

/**
 * The menus of the main navigation, in the order they appear. Each {@link NavItem} belongs to one; a menu shows only
 * when the user sees at least one of its items, and a menu with a single visible item shows as a plain link.
 */
public enum NavGroup {

	/** Participants' cases, programmes and ESF+ reporting. */
	PARTICIPANTS("layout.nav.group.participants"),

	/** Employers' needs and opportunities, organisations, rapid staffing (matching starts from these). */
	EMPLOYERS("layout.nav.group.employers"),

	/** The occupation and skill taxonomy, courses and providers' own courses. */
	EDUCATION("layout.nav.group.education"),

	/** Regional analysis: demand, supply, planning, energy, socio-economic effects, places. */
	REGION("layout.nav.group.region"),

	/** The cluster network. */
	NETWORK("layout.nav.group.network"),

	/** Audit review, units, users and parameters. */
	ADMINISTRATION("layout.nav.group.administration");

	private final String messageKey;

	NavGroup(String messageKey) {
		this.messageKey = messageKey;
	}

	/** The menu button's label. */
	public String messageKey() {
		return messageKey;
	}
}
