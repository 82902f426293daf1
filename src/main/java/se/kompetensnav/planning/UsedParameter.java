package se.kompetensnav.planning;

/** A parameter value as a scenario used it: the library version, or the scenario's own override. */
public record UsedParameter(String key, int year, double value, String unit, String source, int version,
		boolean overridden) {
}
