package se.kompetensnav.effects.model;

/** Who pays or gains. The employer is not an actor: it pays a wage and receives production of the same value. */
public enum Actor {
	MUNICIPALITY, REGION, ARBETSFORMEDLINGEN, FORSAKRINGSKASSAN,
	/** The rest of the state: CSN, the pension and social-insurance funds that receive employer contributions. */
	STATE_OTHER,
	INDIVIDUAL;

	/** All actors in declaration order, as a list. */
	public static java.util.List<Actor> valuesList() {
		return java.util.List.of(values());
	}

	/** The message key of the actor's name. */
	public String messageKey() {
		return "effects.actor." + name();
	}
}
