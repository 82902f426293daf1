package se.kompetensnav.effects.model;

/** How a flow counts in the real view. */
public enum FlowKind {
	/** Value produced (a wage and the employer contributions on it): counts in both views. */
	PRODUCTION,
	/** Real resources used (a visit, case work, a course): a cost in both views. */
	RESOURCE_USE,
	/** Money moved from one actor to another (benefits, taxes): always in pairs that sum to zero. */
	TRANSFER
}
