package se.kompetensnav.analysis.core;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The balance between supply and demand in one cell (plain Java).
 * <p>
 * Index = (supply − demand) / (supply + demand), from −1 (demand and no supply) through 0 (balance) to +1 (supply
 * and no demand); undefined when both are zero. A cell is a shortage when the index is at most −margin, a surplus
 * when it is at least +margin, otherwise in balance.
 */
public record Balance(long supply, long demand) {

	public enum Kind {
		SHORTAGE, BALANCED, SURPLUS, NONE
	}

	public Balance {
		if (supply < 0 || demand < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

	/** The index, or NaN when supply and demand are both zero. */
	public double index() {
		long sum = supply + demand;
		return sum == 0 ? Double.NaN : (double) (supply - demand) / sum;
	}

	/** Demand minus supply: the people missing (negative: people waiting). */
	public long gap() {
		return demand - supply;
	}

	public Kind kind(double margin) {
		double i = index();
		if (Double.isNaN(i)) {
			return Kind.NONE;
		}
		if (i <= -margin) {
			return Kind.SHORTAGE;
		}
		return i >= margin ? Kind.SURPLUS : Kind.BALANCED;
	}

	/** A named cell for the lists. */
	public record Line<T>(T item, Balance balance) {
	}

	/**
	 * Shortage occupations: the cells that are shortages, most severe first (lowest index, then most people
	 * missing, then in the given order).
	 */
	public static <T> List<Line<T>> shortages(List<Line<T>> lines, double margin) {
		return ranked(lines, l -> l.balance().kind(margin) == Kind.SHORTAGE,
				Comparator.comparingDouble((Line<T> l) -> l.balance().index())
					.thenComparing(Comparator.comparingLong((Line<T> l) -> l.balance().gap()).reversed()));
	}

	/** Surplus occupations: highest index first, then most people waiting. */
	public static <T> List<Line<T>> surpluses(List<Line<T>> lines, double margin) {
		return ranked(lines, l -> l.balance().kind(margin) == Kind.SURPLUS,
				Comparator.comparingDouble((Line<T> l) -> -l.balance().index())
					.thenComparingLong(l -> l.balance().gap()));
	}

	private static <T> List<Line<T>> ranked(List<Line<T>> lines, Predicate<Line<T>> keep,
			Comparator<Line<T>> order) {
		return lines.stream().filter(keep).sorted(order).toList();
	}
}
