package se.kompetensnav.analysis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.kompetensnav.analysis.Dashboard;
import se.kompetensnav.analysis.Dashboard.AreaRow;
import se.kompetensnav.analysis.Dashboard.OccupationRow;
import se.kompetensnav.analysis.core.Balance;

/**
 * The dashboard's tables as plain rows of values: the page, CSV, xlsx and PDF all print these, so an export shows
 * exactly what the page shows. A hidden count is {@link #HIDDEN} everywhere.
 */
@Component
class AnalysisTables {

	/** What a count hidden by disclosure control shows (the statistics agencies' sign for "not published"). */
	static final String HIDDEN = "..";

	static final List<String> VIEWS = List.of("areas", "occupations", "shortages", "surpluses", "skills", "trend",
			"outlook");

	/** A row: its cells and, for drill-down, the area and group it leads to. */
	record Row(List<@Nullable Object> cells, List<String> texts, @Nullable String area, @Nullable String group,
			boolean total) {

		static Row of(List<@Nullable Object> cells, Locale locale, @Nullable String area, @Nullable String group,
				boolean total) {
			return new Row(cells, cells.stream().map(c -> display(c, locale)).toList(), area, group, total);
		}
	}

	record Table(String view, String title, List<String> header, List<Row> rows) {

		/** Every cell as text, as the page prints it. */
		List<List<String>> text(Locale locale) {
			return rows.stream().map(Row::texts).toList();
		}
	}

	private final MessageSource messages;

	AnalysisTables(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	static String display(@Nullable Object value, Locale locale) {
		if (value == null) {
			return HIDDEN;
		}
		if (value instanceof Double d) {
			return String.format(locale, "%.2f", d);
		}
		return String.valueOf(value);
	}

	List<Table> all(Dashboard d, Locale locale) {
		return VIEWS.stream().map(v -> table(v, d, locale)).toList();
	}

	Table table(String view, Dashboard d, Locale locale) {
		return switch (view) {
			case "areas" -> areas(d, locale);
			case "occupations" -> occupations(d, locale, "occupations", d.occupations(), d.groupTotal());
			case "shortages" -> occupations(d, locale, "shortages", d.shortages(), null);
			case "surpluses" -> occupations(d, locale, "surpluses", d.surpluses(), null);
			case "skills" -> skills(d, locale);
			case "trend" -> trend(d, locale);
			case "outlook" -> outlook(d, locale);
			default -> throw new se.kompetensnav.common.NotFoundException("view", view);
		};
	}

	private String kind(Balance.Kind k, Locale locale) {
		return t("analysis.balance." + k.name().toLowerCase(Locale.ROOT), locale);
	}

	private List<String> header(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map(k -> t("analysis.col." + k, locale)).toList();
	}

	private Table areas(Dashboard d, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (AreaRow r : d.municipalities()) {
			rows.add(Row.of(areaCells(r, locale), locale, r.code(), "", false));
		}
		rows.add(Row.of(areaCells(d.countyTotal(), locale), locale, d.countyTotal().code(), "", true));
		return new Table("areas", t("analysis.view.areas", locale, d.countyTotal().name()),
				header(locale, "area", "supply", "graduates", "demand", "index", "balance", "establishmentJobs",
						"population"),
				rows);
	}

	private List<@Nullable Object> areaCells(AreaRow r, Locale locale) {
		List<@Nullable Object> cells = new ArrayList<>();
		cells.add(r.name());
		cells.add(r.supply());
		cells.add(r.graduates());
		cells.add(r.demand());
		cells.add(r.balanceIndex());
		cells.add(kind(r.balance(), locale));
		cells.add(r.establishmentJobs());
		cells.add(r.population() == null ? "" : r.population());
		return cells;
	}

	private Table occupations(Dashboard d, Locale locale, String view, List<OccupationRow> list,
			@Nullable OccupationRow total) {
		List<Row> rows = new ArrayList<>();
		for (OccupationRow r : list) {
			rows.add(Row.of(occupationCells(r, locale), locale, d.area(), r.level() < 4 || !view.equals("occupations")
					? r.code() : null, false));
		}
		if (total != null) {
			List<@Nullable Object> cells = occupationCells(total, locale);
			cells.set(0, total.code().isEmpty() ? t("analysis.allOccupations", locale) : total.code());
			cells.set(1, total.code().isEmpty() ? t("analysis.total", locale) : total.label());
			rows.add(Row.of(cells, locale, null, null, true));
		}
		return new Table(view, t("analysis.view." + view, locale, d.areaName()),
				header(locale, "ssyk", "occupation", "supply", "graduates", "demand", "index", "balance"), rows);
	}

	private List<@Nullable Object> occupationCells(OccupationRow r, Locale locale) {
		List<@Nullable Object> cells = new ArrayList<>();
		cells.add(r.code());
		cells.add(r.label());
		cells.add(r.supply());
		cells.add(r.graduates());
		cells.add(r.demand());
		cells.add(r.balanceIndex());
		cells.add(kind(r.balance(), locale));
		return cells;
	}

	private Table skills(Dashboard d, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (Dashboard.SkillRow s : d.skills()) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(s.label());
			cells.add(s.demand());
			cells.add(s.supply());
			rows.add(Row.of(cells, locale, null, null, false));
		}
		return new Table("skills", t("analysis.view.skills", locale, d.areaName()),
				header(locale, "skill", "skillDemand", "skillSupply"), rows);
	}

	private Table trend(Dashboard d, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < d.trend().years().size(); i++) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(d.trend().years().get(i));
			cells.add(d.trend().people().get(i));
			rows.add(Row.of(cells, locale, null, null, false));
		}
		return new Table("trend", t("analysis.view.trend", locale, d.areaName()), header(locale, "year", "people"),
				rows);
	}

	private Table outlook(Dashboard d, Locale locale) {
		List<Row> rows = new ArrayList<>();
		int year = d.year() - d.horizon();
		for (int i = 0; i < d.trend().horizons().size(); i++) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(year + d.trend().horizons().get(i));
			cells.add(d.trend().supplyByHorizon().get(i));
			cells.add(d.trend().demandByHorizon().get(i));
			rows.add(Row.of(cells, locale, null, null, false));
		}
		return new Table("outlook", t("analysis.view.outlook", locale, d.areaName()),
				header(locale, "year", "supplyWithGraduates", "demand"), rows);
	}
}
