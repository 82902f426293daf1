package se.kompetensnav.employers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The demand side of the regional training needs: how many people the employers' critical functions need, by
 * occupation and by required skill, per municipality or county and horizon (now, 1, 3, 5 years), with the employers
 * behind each figure. Aggregates only; no personal data. The supply side (participants' skills) comes from the
 * people module and is not set against it yet.
 */
@Service
public class RegionalDemand {

	/** The horizons in years. */
	public static final List<Integer> HORIZONS = List.of(0, 1, 3, 5);

	/**
	 * One ranked line: an occupation or a skill, the people needed at each horizon, and the employers asking.
	 *
	 * @param kind OCCUPATION or SKILL
	 * @param byHorizon people needed now and in 1, 3 and 5 years, in that order
	 */
	public record DemandLine(String kind, String conceptId, String label, List<Integer> byHorizon,
			List<String> employers) {

		public int at(int horizon) {
			return byHorizon.get(HORIZONS.indexOf(horizon));
		}
	}

	/** One row per function for other modules: occupation, municipality, horizon and headcount. */
	public record DemandRow(String occupationId, String municipalityCode, int horizonYears, int headcount,
			long organisationId) {
	}

	private final CompetenceNeeds needs;

	private final Organisations organisations;

	RegionalDemand(CompetenceNeeds needs, Organisations organisations) {
		this.needs = needs;
		this.organisations = organisations;
	}

	/** Demand by occupation, municipality and horizon: one row per function and horizon (for the analysis module). */
	public List<DemandRow> rows() {
		List<DemandRow> rows = new ArrayList<>();
		Map<Long, Organisation> orgs = new LinkedHashMap<>();
		organisations.all().forEach(o -> orgs.put(o.id(), o));
		for (CriticalFunction f : needs.all()) {
			Organisation o = orgs.get(f.organisationId());
			if (o == null) {
				continue;
			}
			for (int h : HORIZONS) {
				rows.add(new DemandRow(f.occupationId(), o.municipalityCode(), h, f.headcountAt(h), o.id()));
			}
		}
		return rows;
	}

	/**
	 * Ranked demand in an area: {@code area} is a kommunkod (4 digits), a county code (2 digits) or null for all;
	 * lines sorted by the people needed at {@code rankHorizon}, largest first.
	 */
	public List<DemandLine> ranked(@Nullable String area, int rankHorizon, boolean skills) {
		if (!HORIZONS.contains(rankHorizon)) {
			throw new IllegalArgumentException("horizon must be one of " + HORIZONS);
		}
		Map<Long, Organisation> orgs = new LinkedHashMap<>();
		for (Organisation o : organisations.all()) {
			if (area == null || area.isBlank() || o.municipalityCode().startsWith(area)) {
				orgs.put(o.id(), o);
			}
		}
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, TreeSet<String>> employers = new LinkedHashMap<>();
		for (CriticalFunction f : needs.all()) {
			Organisation o = orgs.get(f.organisationId());
			if (o == null) {
				continue;
			}
			List<String> keys = skills ? f.skills().stream().filter(s -> s.importance() == Importance.MUST)
				.map(SkillRequirement::skillId).toList() : List.of(f.occupationId());
			for (String key : keys) {
				int[] c = counts.computeIfAbsent(key, k -> new int[HORIZONS.size()]);
				for (int i = 0; i < HORIZONS.size(); i++) {
					c[i] += f.headcountAt(HORIZONS.get(i));
				}
				employers.computeIfAbsent(key, k -> new TreeSet<>()).add(o.name());
			}
		}
		TaxonomyFiles tax = TaxonomyFiles.shared();
		List<DemandLine> lines = new ArrayList<>();
		counts.forEach((id, c) -> lines.add(new DemandLine(skills ? "SKILL" : "OCCUPATION", id, tax.label(id),
				java.util.Arrays.stream(c).boxed().toList(), List.copyOf(employers.get(id)))));
		lines.sort(Comparator.comparingInt((DemandLine l) -> -l.at(rankHorizon)).thenComparing(DemandLine::label));
		return lines;
	}
}
