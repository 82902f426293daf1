package se.kompetensnav.energy;

/** Kinds of heat sink. */
public enum SinkKind {
	GREENHOUSE, DISTRICT_HEATING, FISH_FARM, BUILDING, OTHER
}
