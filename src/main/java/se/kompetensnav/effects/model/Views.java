package se.kompetensnav.effects.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The two ways of reading flows. */
public final class Views {

	private Views() {
	}

	/** The financial view: the net of everything each actor pays and receives (transfers and taxes count). */
	public static Map<Actor, Double> financial(Collection<Flow> flows) {
		Map<Actor, Double> result = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			result.put(a, 0.0);
		}
		for (Flow f : flows) {
			result.merge(f.actor(), f.amount(), Double::sum);
		}
		return result;
	}

	/** The real view for society: production minus resource use; transfers cancel out. */
	public static double real(Collection<Flow> flows) {
		return sum(flows, FlowKind.PRODUCTION) + sum(flows, FlowKind.RESOURCE_USE) + sum(flows, FlowKind.TRANSFER);
	}

	public static double sum(Collection<Flow> flows, FlowKind kind) {
		double s = 0;
		for (Flow f : flows) {
			if (f.kind() == kind) {
				s += f.amount();
			}
		}
		return s;
	}
}
