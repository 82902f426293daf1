package se.kompetensnav.energy;

/** Kinds of residual-heat source. */
public enum SourceKind {
	DATA_CENTRE, STEEL, HYDROGEN, INDUSTRY, OTHER
}
