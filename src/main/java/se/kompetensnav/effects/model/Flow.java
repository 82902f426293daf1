package se.kompetensnav.effects.model;

/**
 * One yearly amount for one actor: positive is income to the actor, negative a cost.
 *
 * @param item what the amount is, a short name such as {@code wage} or {@code incomeSupport}
 *             (message key {@code effects.item.<item>})
 */
public record Flow(Actor actor, String item, FlowKind kind, double amount) {

	public Flow scaled(double factor) {
		return new Flow(actor, item, kind, amount * factor);
	}
}
