package se.kompetensnav.employers;

/** Why an employer needs people for a critical function. */
public enum NeedReason {
	EXPANSION, RETIREMENT, NEW_TECHNOLOGY, GREEN_TRANSITION;

	public String messageKey() {
		return "employers.reason." + name();
	}
}
