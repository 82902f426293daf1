package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.kompetensnav.matching.core.MatchWeights.LocationTier;

/**
 * Finds the courses and validation offers that cover a person's missing must-have skills in the fewest weeks in
 * total (weighted set cover). An offer can be used when it has a start date on or after the person's earliest start
 * with a free seat, and is given at a distance or within the person's reach (or anywhere when they would move).
 * <p>
 * Up to {@link #EXACT_LIMIT} usable offers: branch and bound, exact. Branch on the uncovered skill with the fewest
 * offers; bound with the largest, over uncovered skills, of the cheapest offer covering it (a lower bound on what is
 * left). Ties: fewer weeks, then fewer offers, then the smaller sorted list of ids. Beyond the limit: greedy, each
 * step the offer with the fewest weeks per newly covered skill, within H(d) &le; ln d + 1 of the optimum (Chvátal 1979).
 */
public final class GapPlanner {

	public static final int EXACT_LIMIT = 30;

	private final MatchContext context;
	private final int exactLimit;

	public GapPlanner(MatchContext context) {
		this(context, EXACT_LIMIT);
	}

	/** A planner that solves exactly up to {@code exactLimit} usable offers and greedily beyond. */
	public GapPlanner(MatchContext context, int exactLimit) {
		this.context = context;
		this.exactLimit = exactLimit;
	}

	/** What the person needs and where they stand. */
	public record Request(Set<String> missing, String home, Reach reach, boolean willingToMove,
			LocalDate earliestStart) {

		public static Request of(PersonProfile p, Set<String> missing, LocalDate today) {
			LocalDate from = p.availableFrom() != null && p.availableFrom().isAfter(today) ? p.availableFrom() : today;
			return new Request(missing, p.municipality(), p.reach(), p.willingToMove(), from);
		}
	}

	public GapPlan plan(Request request, List<Offer> catalogue) {
		Map<String, String> excluded = new TreeMap<>();
		List<Usable> usable = new ArrayList<>();
		List<String> missing = request.missing().stream().sorted().toList();
		for (Offer o : catalogue) {
			Set<String> covers = new TreeSet<>(o.skills());
			covers.retainAll(request.missing());
			if (covers.isEmpty()) {
				continue;
			}
			if (!o.distance() && !reachable(request, o.municipality())) {
				excluded.put(o.id(), "out-of-reach");
				continue;
			}
			Optional<LocalDate> first = firstStart(o, request.earliestStart());
			if (first.isEmpty()) {
				excluded.put(o.id(), "no-seats");
				continue;
			}
			long mask = 0;
			for (String s : covers) {
				int i = missing.indexOf(s);
				if (i < 64) {
					mask |= 1L << i;
				}
			}
			usable.add(new Usable(o, mask));
		}
		Set<String> coverable = new TreeSet<>();
		usable.forEach(u -> coverable.addAll(intersect(u.offer.skills(), request.missing())));
		Set<String> uncoverable = new TreeSet<>(request.missing());
		uncoverable.removeAll(coverable);
		long target = 0;
		for (String s : coverable) {
			target |= 1L << missing.indexOf(s);
		}
		usable.sort(Comparator.comparing(u -> u.offer.id()));
		List<Usable> chosen;
		GapPlan.Method method;
		double bound;
		if (exactLimit > 0 && missing.size() <= 64 && usable.size() <= exactLimit) {
			chosen = new BranchAndBound(usable, target).solve();
			method = GapPlan.Method.EXACT;
			bound = 1.0;
		}
		else {
			chosen = greedy(usable, request.missing(), coverable);
			method = GapPlan.Method.GREEDY;
			int d = usable.stream().mapToInt(u -> intersect(u.offer.skills(), request.missing()).size()).max().orElse(1);
			bound = harmonic(d);
		}
		return schedule(chosen, request, coverable, uncoverable, method, bound, excluded);
	}

	private boolean reachable(Request r, String municipality) {
		LocationTier t = context.locationTier(r.home(), r.reach(), r.willingToMove(), municipality);
		return t != LocationTier.OUT_OF_REACH;
	}

	static Optional<LocalDate> firstStart(Offer o, LocalDate notBefore) {
		return o.starts().stream()
			.filter(s -> s.seatsLeft() > 0 && !s.date().isBefore(notBefore))
			.map(Offer.Start::date)
			.min(Comparator.naturalOrder());
	}

	static double harmonic(int d) {
		double h = 0;
		for (int i = 1; i <= d; i++) {
			h += 1.0 / i;
		}
		return Math.max(1.0, h);
	}

	private static Set<String> intersect(Set<String> a, Set<String> b) {
		Set<String> out = new TreeSet<>(a);
		out.retainAll(b);
		return out;
	}

	private record Usable(Offer offer, long mask) {
	}

	private static List<Usable> greedy(List<Usable> usable, Set<String> missing, Set<String> coverable) {
		Set<String> left = new TreeSet<>(coverable);
		List<Usable> chosen = new ArrayList<>();
		while (!left.isEmpty()) {
			Usable best = null;
			int bestNew = 0;
			for (Usable u : usable) {
				int n = intersect(u.offer.skills(), left).size();
				if (n == 0) {
					continue;
				}
				// fewest weeks per new skill: weeks/n < bestWeeks/bestNew, compared without division
				if (best == null || (long) u.offer.weeks() * bestNew < (long) best.offer.weeks() * n
						|| ((long) u.offer.weeks() * bestNew == (long) best.offer.weeks() * n && n > bestNew)) {
					best = u;
					bestNew = n;
				}
			}
			chosen.add(best);
			left.removeAll(best.offer.skills());
		}
		return chosen;
	}

	/** Exact weighted set cover by branch and bound over bit masks. */
	private static final class BranchAndBound {

		private final List<Usable> offers;
		private final long target;
		private int bestWeeks = Integer.MAX_VALUE;
		private List<Usable> best = List.of();

		BranchAndBound(List<Usable> offers, long target) {
			this.offers = offers;
			this.target = target;
		}

		List<Usable> solve() {
			if (target != 0) {
				search(target, 0, new ArrayList<>());
			}
			return best;
		}

		private void search(long uncovered, int weeks, List<Usable> chosen) {
			if (uncovered == 0) {
				if (better(weeks, chosen)) {
					bestWeeks = weeks;
					best = List.copyOf(chosen);
				}
				return;
			}
			if (weeks + lowerBound(uncovered) > bestWeeks) {
				return;
			}
			// branch on the uncovered skill with the fewest offers
			int pick = -1;
			int fewest = Integer.MAX_VALUE;
			for (long m = uncovered; m != 0; m &= m - 1) {
				int bit = Long.numberOfTrailingZeros(m);
				int n = 0;
				for (Usable u : offers) {
					if ((u.mask & (1L << bit)) != 0) {
						n++;
					}
				}
				if (n < fewest) {
					fewest = n;
					pick = bit;
				}
			}
			for (Usable u : offers) {
				if ((u.mask & (1L << pick)) != 0 && !chosen.contains(u)) {
					chosen.add(u);
					search(uncovered & ~u.mask, weeks + u.offer.weeks(), chosen);
					chosen.remove(chosen.size() - 1);
				}
			}
		}

		private int lowerBound(long uncovered) {
			int lb = 0;
			for (long m = uncovered; m != 0; m &= m - 1) {
				int bit = Long.numberOfTrailingZeros(m);
				int cheapest = Integer.MAX_VALUE;
				for (Usable u : offers) {
					if ((u.mask & (1L << bit)) != 0) {
						cheapest = Math.min(cheapest, u.offer.weeks());
					}
				}
				lb = Math.max(lb, cheapest);
			}
			return lb;
		}

		private boolean better(int weeks, List<Usable> chosen) {
			if (weeks != bestWeeks) {
				return weeks < bestWeeks;
			}
			if (chosen.size() != best.size()) {
				return chosen.size() < best.size();
			}
			return key(chosen).compareTo(key(best)) < 0;
		}
	}

	/** The tie-break key of a set of offers: its ids sorted and joined. */
	static String key(List<Usable> offers) {
		return String.join(",", offers.stream().map(u -> u.offer.id()).sorted().toList());
	}

	private static GapPlan schedule(List<Usable> chosen, Request r, Set<String> coverable, Set<String> uncoverable,
			GapPlan.Method method, double bound, Map<String, String> excluded) {
		List<Offer> order = new ArrayList<>(chosen.stream().map(Usable::offer).toList());
		order.sort(Comparator.comparing((Offer o) -> firstStart(o, r.earliestStart()).orElseThrow())
			.thenComparing(Offer::id));
		List<GapPlan.Step> steps = new ArrayList<>();
		Set<String> left = new LinkedHashSet<>(coverable);
		LocalDate free = r.earliestStart();
		int weeks = 0;
		for (Offer o : order) {
			Optional<LocalDate> after = firstStart(o, free);
			boolean overlaps = after.isEmpty();
			LocalDate start = after.orElseGet(() -> firstStart(o, r.earliestStart()).orElseThrow());
			LocalDate end = start.plusWeeks(o.weeks());
			Set<String> covers = new TreeSet<>(o.skills());
			covers.retainAll(left);
			left.removeAll(covers);
			steps.add(new GapPlan.Step(o, start, end, covers, overlaps));
			if (end.isAfter(free)) {
				free = end;
			}
			weeks += o.weeks();
		}
		return new GapPlan(steps, weeks, coverable, uncoverable, method, bound, new LinkedHashMap<>(excluded));
	}
}
