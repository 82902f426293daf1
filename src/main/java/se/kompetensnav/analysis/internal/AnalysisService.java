package se.kompetensnav.analysis.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import se.kompetensnav.analysis.Dashboard;
import se.kompetensnav.analysis.Dashboard.AreaRow;
import se.kompetensnav.analysis.Dashboard.Crumb;
import se.kompetensnav.analysis.Dashboard.OccupationRow;
import se.kompetensnav.analysis.Dashboard.SkillRow;
import se.kompetensnav.analysis.RegionalAnalysis;
import se.kompetensnav.analysis.core.Balance;
import se.kompetensnav.analysis.core.Suppression;
import se.kompetensnav.analysis.core.Suppression.Relation;
import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.education.GraduateSupply;
import se.kompetensnav.employers.DemandStatistics;
import se.kompetensnav.people.SupplyStatistics;
import se.kompetensnav.planning.Establishment;
import se.kompetensnav.planning.JobsYear;
import se.kompetensnav.planning.Planning;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Builds the protected cube of supply and demand: aggregates from the other modules, mapped to SSYK-4 groups,
 * rolled up to SSYK 3, 2, 1 and all occupations and from municipalities to the county; disclosure control over
 * every published relation; then the rows of one dashboard.
 */
@Service
public class AnalysisService implements RegionalAnalysis {

	/** A cell: an area (county code or kommunkod) and an SSYK prefix ("" = all occupations). */
	record Cell(String area, String code) implements Comparable<Cell> {

		@Override
		public int compareTo(Cell o) {
			int c = area.compareTo(o.area);
			return c != 0 ? c : code.compareTo(o.code);
		}
	}

	/** Supply, and graduates and demand per horizon index, of one cell. */
	static final class Figures {

		long supply;

		final long[] graduates = new long[HORIZONS.size()];

		final long[] demand = new long[HORIZONS.size()];

		void add(Figures o) {
			supply += o.supply;
			for (int i = 0; i < HORIZONS.size(); i++) {
				graduates[i] += o.graduates[i];
				demand[i] += o.demand[i];
			}
		}
	}

	private final SupplyStatistics supply;

	private final DemandStatistics demand;

	private final GraduateSupply graduates;

	private final Planning planning;

	private final Taxonomy taxonomy;

	private final AnalysisSettings settings;

	private final Clock clock;

	private final Map<String, Optional<String>> ssyk4 = new ConcurrentHashMap<>();

	private volatile @Nullable Map<String, String> ssykLabels;

	AnalysisService(SupplyStatistics supply, DemandStatistics demand, GraduateSupply graduates, Planning planning,
			Taxonomy taxonomy, AnalysisSettings settings, Clock clock) {
		this.supply = supply;
		this.demand = demand;
		this.graduates = graduates;
		this.planning = planning;
		this.taxonomy = taxonomy;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String county() {
		return settings.county();
	}

	List<Municipality> municipalities() {
		return taxonomy.municipalities().stream().filter(m -> m.countyCode().equals(settings.county()))
			.sorted(Comparator.comparing(Municipality::name)).toList();
	}

	@Override
	public Dashboard dashboard(String area, String group, int horizon) {
		String county = settings.county();
		String a = area == null || area.isBlank() ? county : area.trim();
		String g = group == null ? "" : group.trim();
		List<FieldError> errors = new ArrayList<>();
		int h = HORIZONS.indexOf(horizon);
		if (h < 0) {
			errors.add(FieldError.of("horizon", "analysis.error.horizon", HORIZONS.toString()));
		}
		if (!g.matches("\\d{0,4}")) {
			errors.add(FieldError.of("group", "analysis.error.group"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<Municipality> municipalities = municipalities();
		Map<String, String> areaNames = new LinkedHashMap<>();
		municipalities.forEach(m -> areaNames.put(m.code(), m.name()));
		String countyName = municipalities.isEmpty() ? county : municipalities.getFirst().countyName();
		if (!a.equals(county) && !areaNames.containsKey(a)) {
			throw new NotFoundException("area", a);
		}
		LocalDate today = LocalDate.now(clock);
		int year0 = today.getYear();

		Map<Cell, Figures> cube = cube(county, today, year0);
		Map<Cell, Suppression.Reason> hidden = protect(cube, county, areaNames.keySet());
		Map<String, String> labels = ssykLabels();

		// Areas (the map and the area table).
		Map<String, Long> jobs = establishmentJobs(year0 + horizon);
		List<AreaRow> areaRows = new ArrayList<>();
		for (Municipality m : municipalities) {
			areaRows.add(areaRow(m.code(), m.name(), cube, hidden, h, jobs.getOrDefault(m.code(), 0L),
					latestPopulation(m.code())));
		}
		Integer countyPopulation = null;
		for (Municipality m : municipalities) {
			Integer p = latestPopulation(m.code());
			if (p != null) {
				countyPopulation = (countyPopulation == null ? 0 : countyPopulation) + p;
			}
		}
		AreaRow countyTotal = areaRow(county, countyName, cube, hidden, h,
				jobs.values().stream().mapToLong(Long::longValue).sum(), countyPopulation);

		// Occupation groups one level below the selected group, in the selected area.
		int level = Math.min(g.length() + 1, 4);
		String parent = g.length() >= 4 ? g.substring(0, 3) : g;
		List<OccupationRow> occupations = new ArrayList<>();
		for (Map.Entry<Cell, Figures> e : new java.util.TreeMap<>(cube).entrySet()) {
			Cell c = e.getKey();
			if (c.area().equals(a) && c.code().length() == level && c.code().startsWith(parent)) {
				occupations.add(occupationRow(c, labels, cube, hidden, h));
			}
		}
		OccupationRow groupTotal = occupationRow(new Cell(a, parent), labels, cube, hidden, h);

		// Shortage and surplus occupations (SSYK-4) in the area.
		List<Balance.Line<OccupationRow>> lines = new ArrayList<>();
		cube.forEach((c, f) -> {
			if (c.area().equals(a) && c.code().length() == 4) {
				lines.add(new Balance.Line<>(occupationRow(c, labels, cube, hidden, h),
						new Balance(f.supply + f.graduates[h], f.demand[h])));
			}
		});
		lines.sort(Comparator.comparing(l -> l.item().code()));
		int limit = 15;
		List<OccupationRow> shortages = Balance.shortages(lines, settings.balanceMargin()).stream().limit(limit)
			.map(Balance.Line::item).toList();
		List<OccupationRow> surpluses = Balance.surpluses(lines, settings.balanceMargin()).stream().limit(limit)
			.map(Balance.Line::item).toList();

		List<Crumb> path = new ArrayList<>();
		path.add(new Crumb(county, "", countyName));
		if (!a.equals(county)) {
			path.add(new Crumb(a, "", areaNames.get(a)));
		}
		for (int i = 1; i <= Math.min(g.length(), 4); i++) {
			String code = g.substring(0, i);
			path.add(new Crumb(a, code, code + " " + labels.getOrDefault(code, "")));
		}
		String areaName = a.equals(county) ? countyName : areaNames.get(a);
		return new Dashboard(a, areaName == null ? a : areaName, g, horizon, year0 + horizon, path, areaRows,
				countyTotal, occupations, groupTotal, shortages, surpluses,
				skills(county, a, areaNames.keySet(), today, horizon), trend(county, a, areaNames.keySet(), today,
						cube, hidden, h),
				settings.threshold());
	}

	private AreaRow areaRow(String code, String name, Map<Cell, Figures> cube, Map<Cell, Suppression.Reason> hidden,
			int h, long jobs, @Nullable Integer population) {
		Cell c = new Cell(code, "");
		Figures f = cube.getOrDefault(c, new Figures());
		Long s = hidden.containsKey(c) ? null : f.supply;
		Balance b = new Balance(f.supply + f.graduates[h], f.demand[h]);
		return new AreaRow(code, name, s, f.graduates[h], f.demand[h], index(s, b), b.kind(settings.balanceMargin()),
				jobs, population);
	}

	private OccupationRow occupationRow(Cell c, Map<String, String> labels, Map<Cell, Figures> cube,
			Map<Cell, Suppression.Reason> hidden, int h) {
		Figures f = cube.getOrDefault(c, new Figures());
		Long s = hidden.containsKey(c) ? null : f.supply;
		Balance b = new Balance(f.supply + f.graduates[h], f.demand[h]);
		String label = c.code().isEmpty() ? "" : labels.getOrDefault(c.code(), c.code());
		return new OccupationRow(c.code(), c.code().length(), label, s, f.graduates[h], f.demand[h], index(s, b),
				b.kind(settings.balanceMargin()));
	}

	/** The index is shown only with its supply: with the demand beside it, it would give a hidden supply away. */
	private static @Nullable Double index(@Nullable Long shownSupply, Balance b) {
		double i = b.index();
		return shownSupply == null || Double.isNaN(i) ? null : Math.round(i * 100) / 100.0;
	}

	/** Every cell at every SSYK level, per municipality and for the county. */
	Map<Cell, Figures> cube(String county, LocalDate today, int year0) {
		Map<Cell, Figures> base = new HashMap<>();
		for (SupplyStatistics.OccupationSupply s : supply.occupations(county, today)) {
			ssyk4(s.occupationId())
				.ifPresent(code -> base.computeIfAbsent(new Cell(s.municipalityCode(), code), k -> new Figures()).supply
						+= s.either());
		}
		for (DemandStatistics.OccupationDemand d : demand.occupations(county)) {
			int h = HORIZONS.indexOf(d.horizonYears());
			if (h >= 0) {
				ssyk4(d.occupationId()).ifPresent(code -> base
					.computeIfAbsent(new Cell(d.municipalityCode(), code), k -> new Figures()).demand[h] += d.total());
			}
		}
		for (GraduateSupply.Graduates gr : graduates.graduates(county, year0)) {
			ssyk4(gr.occupationId()).ifPresent(code -> {
				Figures f = base.computeIfAbsent(new Cell(gr.municipalityCode(), code), k -> new Figures());
				for (int i = 0; i < HORIZONS.size(); i++) {
					if (gr.finishYear() <= year0 + HORIZONS.get(i)) {
						f.graduates[i] += gr.seats();
					}
				}
			});
		}
		Map<Cell, Figures> cube = new HashMap<>();
		base.forEach((c, f) -> {
			for (String area : List.of(c.area(), county)) {
				for (int len = 0; len <= 4; len++) {
					cube.computeIfAbsent(new Cell(area, c.code().substring(0, len)), k -> new Figures()).add(f);
				}
			}
		});
		return cube;
	}

	/**
	 * Disclosure control over the supply counts: each group is the sum of its sub-groups in every area, and the
	 * county the sum of its municipalities in every group.
	 */
	Map<Cell, Suppression.Reason> protect(Map<Cell, Figures> cube, String county,
			java.util.Collection<String> municipalities) {
		Map<Cell, Long> values = new HashMap<>();
		cube.forEach((c, f) -> values.put(c, f.supply));
		Map<Cell, List<Cell>> children = new HashMap<>();
		for (Cell c : cube.keySet()) {
			if (!c.code().isEmpty()) {
				children.computeIfAbsent(new Cell(c.area(), c.code().substring(0, c.code().length() - 1)),
						k -> new ArrayList<>()).add(c);
			}
		}
		List<Relation<Cell>> relations = new ArrayList<>();
		children.forEach((total, parts) -> relations.add(new Relation<>(total, parts.stream().sorted().toList())));
		Map<String, List<Cell>> byCode = new HashMap<>();
		for (Cell c : cube.keySet()) {
			if (!c.area().equals(county)) {
				byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
			}
		}
		byCode.forEach((code, parts) -> relations
			.add(new Relation<>(new Cell(county, code), parts.stream().sorted().toList())));
		relations.sort(Comparator.comparing(r -> r.total()));
		return new Suppression<Cell>(settings.threshold()).apply(values, relations);
	}

	private List<SkillRow> skills(String county, String area, java.util.Collection<String> municipalities,
			LocalDate today, int horizon) {
		Map<Cell, Long> held = new HashMap<>();
		for (SupplyStatistics.SkillSupply s : supply.skills(county, today)) {
			held.merge(new Cell(s.municipalityCode(), s.skillId()), s.people(), Long::sum);
			held.merge(new Cell(county, s.skillId()), s.people(), Long::sum);
		}
		Map<String, Long> needed = new HashMap<>();
		for (DemandStatistics.SkillDemand d : demand.skills(county)) {
			if (d.horizonYears() == horizon && (area.equals(county) || d.municipalityCode().equals(area))) {
				needed.merge(d.skillId(), d.people(), Long::sum);
			}
		}
		Map<String, List<Cell>> bySkill = new HashMap<>();
		held.keySet().stream().filter(c -> !c.area().equals(county))
			.forEach(c -> bySkill.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c));
		List<Relation<Cell>> relations = new ArrayList<>();
		bySkill.forEach((skill, parts) -> relations.add(new Relation<>(new Cell(county, skill),
				parts.stream().sorted().toList())));
		Map<Cell, Suppression.Reason> hidden = new Suppression<Cell>(settings.threshold()).apply(held, relations);
		List<String> top = needed.entrySet().stream().filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(25).map(Map.Entry::getKey).toList();
		Map<String, Concept> concepts = taxonomy.concepts(top);
		List<SkillRow> rows = new ArrayList<>();
		for (String id : top) {
			Cell c = new Cell(area, id);
			Long s = hidden.containsKey(c) ? null : held.getOrDefault(c, 0L);
			rows.add(new SkillRow(id, Optional.ofNullable(concepts.get(id)).map(Concept::label).orElse(id),
					needed.get(id), s));
		}
		return rows;
	}

	private Dashboard.Trend trend(String county, String area, java.util.Collection<String> municipalities,
			LocalDate today, Map<Cell, Figures> cube, Map<Cell, Suppression.Reason> hiddenCube, int h) {
		List<LocalDate> dates = new ArrayList<>();
		for (int y = today.getYear() - 5; y < today.getYear(); y++) {
			dates.add(LocalDate.of(y, 12, 31));
		}
		dates.add(today);
		Map<Cell, Long> counts = new HashMap<>();
		for (SupplyStatistics.PeopleCount p : supply.people(county, dates)) {
			String year = String.valueOf(p.date().getYear());
			counts.merge(new Cell(p.municipalityCode(), year), p.people(), Long::sum);
			counts.merge(new Cell(county, year), p.people(), Long::sum);
		}
		List<Relation<Cell>> relations = new ArrayList<>();
		for (LocalDate d : dates) {
			String year = String.valueOf(d.getYear());
			relations.add(new Relation<>(new Cell(county, year),
					municipalities.stream().sorted().map(m -> new Cell(m, year)).toList()));
		}
		Map<Cell, Suppression.Reason> hidden = new Suppression<Cell>(settings.threshold()).apply(counts, relations);
		List<Integer> years = new ArrayList<>();
		List<@Nullable Long> people = new ArrayList<>();
		for (LocalDate d : dates) {
			Cell c = new Cell(area, String.valueOf(d.getYear()));
			years.add(d.getYear());
			people.add(hidden.containsKey(c) ? null : counts.getOrDefault(c, 0L));
		}
		Cell total = new Cell(area, "");
		Figures f = cube.getOrDefault(total, new Figures());
		List<@Nullable Long> supplyByHorizon = new ArrayList<>();
		List<Long> demandByHorizon = new ArrayList<>();
		for (int i = 0; i < HORIZONS.size(); i++) {
			supplyByHorizon.add(hiddenCube.containsKey(total) ? null : f.supply + f.graduates[i]);
			demandByHorizon.add(f.demand[i]);
		}
		return new Dashboard.Trend(years, people, HORIZONS, supplyByHorizon, demandByHorizon);
	}

	/** Direct jobs (construction and operation) of each establishment's latest scenario in the year, by municipality. */
	private Map<String, Long> establishmentJobs(int year) {
		Map<String, Long> out = new HashMap<>();
		for (Establishment e : planning.establishments()) {
			if (!e.municipalityCode().startsWith(settings.county()) || e.scenarios().isEmpty()) {
				continue;
			}
			for (JobsYear y : planning.scenario(e.scenarios().getLast().id()).rampUp()) {
				if (y.year() == year) {
					out.merge(e.municipalityCode(), Math.round(y.direct()), Long::sum);
				}
			}
		}
		return out;
	}

	private @Nullable Integer latestPopulation(String code) {
		return taxonomy.population(code).entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
			.orElse(null);
	}

	private Optional<String> ssyk4(String occupationId) {
		return ssyk4.computeIfAbsent(occupationId, id -> taxonomy.ssyk4Of(id).map(c -> c.code() != null ? c.code()
				: c.ssyk4()).filter(code -> code != null && code.matches("\\d{4}")));
	}

	/** SSYK code → label, levels 1-4. */
	Map<String, String> ssykLabels() {
		Map<String, String> labels = ssykLabels;
		if (labels == null) {
			Map<String, String> built = new HashMap<>();
			for (ConceptType t : List.of(ConceptType.SSYK_LEVEL_1, ConceptType.SSYK_LEVEL_2, ConceptType.SSYK_LEVEL_3,
					ConceptType.SSYK_LEVEL_4)) {
				for (Concept c : taxonomy.byType(t)) {
					if (c.code() != null) {
						built.put(c.code(), c.label());
					}
				}
			}
			labels = Map.copyOf(built);
			if (!labels.isEmpty()) {
				ssykLabels = labels;
			}
		}
		return labels;
	}
}
