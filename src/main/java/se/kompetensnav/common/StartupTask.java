package se.kompetensnav.common;

/**
 * Work that must be done once the schema is migrated and before the application serves requests: importing
 * reference data, creating demo data. Tasks run in ascending {@link #order()}, each in its own transaction where it
 * opens one. Conventional orders: 100 identity, 200 taxonomy, 300-399 catalogues (education, employers),
 * 400-499 case data (people), 500+ everything that builds on those.
 */
public interface StartupTask {

	int order();

	/** A short name for the log. */
	String name();

	void run();
}
