package se.kompetensnav.effects.web;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.kompetensnav.effects.internal.StoredCalculation;
import se.kompetensnav.effects.model.Actor;
import se.kompetensnav.effects.model.EffectReport;
import se.kompetensnav.effects.model.ExclusionCost;
import se.kompetensnav.effects.model.Flow;
import se.kompetensnav.effects.model.Scenario;
import se.kompetensnav.effects.model.Situation;
import se.kompetensnav.effects.web.ReportDocument.Cell;
import se.kompetensnav.effects.web.ReportDocument.Chart;
import se.kompetensnav.effects.web.ReportDocument.Fact;
import se.kompetensnav.effects.web.ReportDocument.Series;
import se.kompetensnav.effects.web.ReportDocument.Table;
import se.kompetensnav.parameters.ParameterValue;

/** Turns a stored calculation into the report every format renders, in the reader's language. */
@Component
class ReportBuilder {

	private final MessageSource messages;

	ReportBuilder(MessageSource messages) {
		this.messages = messages;
	}

	ReportDocument build(StoredCalculation calc, Locale locale) {
		Texts t = new Texts(messages, locale);
		return switch (calc.kind()) {
			case SCENARIO -> scenario(calc, calc.scenario(), t);
			case EXCLUSION -> exclusion(calc, calc.exclusion(), t);
			case PROGRAMME -> programme(calc, calc.programme(), t);
		};
	}

	private ReportDocument scenario(StoredCalculation calc, Scenario.Result s, Texts t) {
		Scenario.Input in = s.input();
		EffectReport report = s.report();
		List<Fact> facts = sroiFacts(report, t);
		List<Table> tables = new ArrayList<>();
		tables.add(actorTable(report, t));
		tables.add(yearTable(report, t));
		List<List<Cell>> costRows = new ArrayList<>();
		for (Scenario.CostItem c : s.costs()) {
			costRows.add(List.of(Cell.text(t.get("effects.cost." + c.item())), t.num(c.quantityPerPlace(), 1),
					t.sek(c.unitCost()), t.sek(c.total())));
		}
		costRows.add(List.of(Cell.text(t.get("effects.report.total")), Cell.text(""), Cell.text(""),
				t.sek(report.totalInvestment())));
		tables.add(new Table("costs", t.get("effects.report.costs"), null, List.of(t.get("effects.report.item"),
				t.get("effects.report.perPlace"), t.get("effects.report.unitCost"), t.get("effects.report.sek")),
				costRows, true));
		List<List<Cell>> assumptions = new ArrayList<>();
		assumptions.add(row(t.get("effects.field.places"), t.num(in.places(), 0)));
		assumptions.add(row(t.get("effects.field.shareToWork"), t.pct(in.shareToWork())));
		assumptions.add(row(t.get("effects.field.shareToStudies"), t.pct(in.shareToStudies())));
		assumptions.add(row(t.get("effects.field.effectYears"), t.num(in.effectYears(), 0)));
		assumptions.add(row(t.get("effects.field.startSituation"), Cell.text(t.get(in.startSituation().messageKey()))));
		assumptions.add(row(t.get("effects.field.age"), t.num(in.age(), 0)));
		assumptions.add(row(t.get("effects.field.deadweight"), t.pct(in.adjustments().deadweight())));
		assumptions.add(row(t.get("effects.field.displacement"), t.pct(in.adjustments().displacement())));
		assumptions.add(row(t.get("effects.field.attribution"), t.pct(in.adjustments().attribution())));
		assumptions.add(row(t.get("effects.field.dropOff"), t.pct(in.adjustments().dropOff())));
		assumptions.add(row(t.get("effects.field.discountRate"), t.pct(in.discountRate())));
		assumptions.add(row(t.get("effects.report.toWork"), t.num(s.toWork(), 1)));
		assumptions.add(row(t.get("effects.report.realPerPerson"), t.sek(s.realPerPersonInWork())));
		assumptions.add(row(t.get("effects.report.payer"), Cell.text(t.get(Actor.MUNICIPALITY.messageKey()))));
		tables.add(new Table("assumptions", t.get("effects.report.assumptions"), t.get("effects.report.assumptions.note"),
				List.of(t.get("effects.report.assumption"), t.get("effects.report.value")), assumptions, true));
		tables.add(parameterTable(calc.parameters(), t));
		return new ReportDocument(calc.name(), lead(calc, t, "effects.kind.SCENARIO"), facts,
				List.of(whoPaysChart(report, t)), tables);
	}

	private ReportDocument programme(StoredCalculation calc, StoredCalculation.ProgrammeResult p, Texts t) {
		EffectReport report = p.report();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("participants", t.get("effects.report.participants"), t.num(p.participants(), 0).text()));
		facts.addAll(sroiFacts(report, t));
		List<Table> tables = new ArrayList<>();
		tables.add(actorTable(report, t));
		tables.add(yearTable(report, t));
		if (p.outcomes() != null) {
			tables.add(outcomeTable(p.outcomes(), t));
		}
		List<List<Cell>> assumptions = new ArrayList<>();
		assumptions.add(row(t.get("effects.report.horizon"), t.num(p.years(), 0)));
		assumptions.add(row(t.get("effects.field.deadweight"), t.pct(report.adjustments().deadweight())));
		assumptions.add(row(t.get("effects.field.displacement"), t.pct(report.adjustments().displacement())));
		assumptions.add(row(t.get("effects.field.attribution"), t.pct(report.adjustments().attribution())));
		assumptions.add(row(t.get("effects.field.dropOff"), t.pct(report.adjustments().dropOff())));
		assumptions.add(row(t.get("effects.field.discountRate"), t.pct(report.discountRate())));
		assumptions.add(row(t.get("effects.report.payer"), Cell.text(t.get(Actor.MUNICIPALITY.messageKey()))));
		tables.add(new Table("assumptions", t.get("effects.report.assumptions"), t.get("effects.report.programme.note"),
				List.of(t.get("effects.report.assumption"), t.get("effects.report.value")), assumptions, true));
		tables.add(parameterTable(calc.parameters(), t));
		return new ReportDocument(calc.name(), lead(calc, t, "effects.kind.PROGRAMME"), facts,
				List.of(whoPaysChart(report, t), yearChart(report, t)), tables);
	}

	/** How many participants were in each situation at entry and at their latest recorded outcome: counts only. */
	private Table outcomeTable(StoredCalculation.Outcomes o, Texts t) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Situation s : Situation.values()) {
			rows.add(List.of(Cell.text(t.get(s.messageKey())), t.num(o.atEntry().getOrDefault(s, 0), 0),
					t.num(o.latest().getOrDefault(s, 0), 0)));
		}
		rows.add(List.of(Cell.text(t.get("effects.report.noOutcome")), Cell.text(""), t.num(o.withoutOutcome(), 0)));
		return new Table("outcomes", t.get("effects.report.outcomes"), t.get("effects.report.outcomes.note"),
				List.of(t.get("effects.report.situation"), t.get("effects.report.atEntry"), t.get("effects.report.latest")),
				rows, true);
	}

	/** Each actor's yearly returns (the table "Effects per year"). */
	private Chart yearChart(EffectReport report, Texts t) {
		List<String> labels = new ArrayList<>();
		for (int y = 0; y < report.years(); y++) {
			labels.add(t.get("effects.report.year") + " " + (y + 1));
		}
		List<Series> series = new ArrayList<>();
		for (Actor a : Actor.values()) {
			double[] values = report.returnsByYear().get(a);
			List<Double> list = new ArrayList<>();
			for (int y = 0; y < report.years(); y++) {
				list.add((double) Math.round(values[y]));
			}
			series.add(new Series(t.get(a.messageKey()), list));
		}
		return new Chart("years-chart", t.get("effects.report.byYear"), labels, series, "years");
	}

	private ReportDocument exclusion(StoredCalculation calc, ExclusionCost e, Texts t) {
		String caseName = t.get(e.typicalCase().messageKey());
		List<Fact> facts = List.of(
				new Fact("realPerYear", t.get("effects.report.realPerYear"), t.sek(e.realPerYear()).text()),
				new Fact("productionLoss", t.get("effects.report.productionLoss"), t.sek(e.productionLoss()).text()),
				new Fact("resourceUse", t.get("effects.report.resourceUse"), t.sek(e.resourceUse()).text()),
				new Fact("lifetime", t.get("effects.report.lifetime"),
						t.sek(e.presentValues().getLast().real()).text()));
		List<String> columns = new ArrayList<>();
		columns.add(t.get("effects.report.actor"));
		columns.add(t.get("effects.report.perYear"));
		for (ExclusionCost.Horizons h : e.presentValues()) {
			columns.add(t.get(h.horizon().messageKey()) + " (" + h.years() + " " + t.get("effects.report.years") + ")");
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Actor a : Actor.values()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(t.get(a.messageKey())));
			row.add(t.sek(e.perYearByActor().get(a)));
			for (ExclusionCost.Horizons h : e.presentValues()) {
				row.add(t.sek(h.byActor().get(a)));
			}
			rows.add(row);
		}
		List<Cell> real = new ArrayList<>();
		real.add(Cell.text(t.get("effects.report.society")));
		real.add(t.sek(e.realPerYear()));
		for (ExclusionCost.Horizons h : e.presentValues()) {
			real.add(t.sek(h.real()));
		}
		rows.add(real);
		List<Table> tables = new ArrayList<>();
		tables.add(new Table("actors", t.get("effects.report.exclusionByActor"), t.get("effects.report.exclusion.note"),
				columns, rows, true));
		tables.add(flowTable("excludedFlows", t.get("effects.report.flowsIn", t.get(e.typicalCase().situation().messageKey())),
				e.excludedFlows(), t));
		tables.add(flowTable("workFlows", t.get("effects.report.flowsIn", t.get("effects.situation.WORK")), e.workFlows(), t));
		List<List<Cell>> assumptions = List.of(row(t.get("effects.field.typicalCase"), Cell.text(caseName)),
				row(t.get("effects.field.age"), t.num(e.person().age(), 0)),
				row(t.get("effects.report.wageInWork"), t.sek(e.person().monthlyWage())));
		tables.add(new Table("assumptions", t.get("effects.report.assumptions"), null,
				List.of(t.get("effects.report.assumption"), t.get("effects.report.value")), assumptions, true));
		tables.add(parameterTable(calc.parameters(), t));
		List<Series> series = List.of(
				new Series(t.get("effects.report.perYear"), Actor.valuesList().stream().map(a -> e.perYearByActor().get(a)).toList()));
		Chart chart = new Chart("exclusion-chart", t.get("effects.report.exclusionByActor"),
				Actor.valuesList().stream().map(a -> t.get(a.messageKey())).toList(), series, "actors");
		return new ReportDocument(caseName, lead(calc, t, "effects.kind.EXCLUSION"), facts, List.of(chart), tables);
	}

	private List<Fact> sroiFacts(EffectReport report, Texts t) {
		return List.of(new Fact("investment", t.get("effects.report.investment"), t.sek(report.totalInvestment()).text()),
				new Fact("pv", t.get("effects.report.pv"), t.sek(report.sroi().presentValue()).text()),
				new Fact("npv", t.get("effects.report.npv"), t.sek(report.sroi().netPresentValue()).text()),
				new Fact("ratio", t.get("effects.report.ratio"), t.ratio(report.sroi().ratio())),
				new Fact("payback", t.get("effects.report.payback"), t.months(report.sroi().paybackMonths())));
	}

	private Table actorTable(EffectReport report, Texts t) {
		List<List<Cell>> rows = new ArrayList<>();
		Map<Actor, Double> net = report.net();
		for (Actor a : Actor.values()) {
			rows.add(List.of(Cell.text(t.get(a.messageKey())), t.sek(report.investment().get(a)),
					t.sek(report.presentValue().get(a)), t.sek(net.get(a))));
		}
		rows.add(List.of(Cell.text(t.get("effects.report.society")), t.sek(report.totalInvestment()),
				t.sek(report.sroi().presentValue()), t.sek(report.sroi().netPresentValue())));
		return new Table("actors", t.get("effects.report.whoPays"), t.get("effects.report.whoPays.note"),
				List.of(t.get("effects.report.actor"), t.get("effects.report.investment"), t.get("effects.report.pvReturns"),
						t.get("effects.report.net")),
				rows, true);
	}

	private Table yearTable(EffectReport report, Texts t) {
		List<String> columns = new ArrayList<>();
		columns.add(t.get("effects.report.year"));
		for (Actor a : Actor.values()) {
			columns.add(t.get(a.messageKey()));
		}
		columns.add(t.get("effects.report.society"));
		List<List<Cell>> rows = new ArrayList<>();
		for (int y = 0; y < report.years(); y++) {
			List<Cell> row = new ArrayList<>();
			row.add(t.num(y + 1, 0));
			for (Actor a : Actor.values()) {
				row.add(t.sek(report.returnsByYear().get(a)[y]));
			}
			row.add(t.sek(report.realByYear()[y]));
			rows.add(row);
		}
		return new Table("years", t.get("effects.report.byYear"), t.get("effects.report.byYear.note"), columns, rows, true);
	}

	private Table flowTable(String id, String heading, List<Flow> flows, Texts t) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Flow f : flows) {
			rows.add(List.of(Cell.text(t.get("effects.item." + f.item())), Cell.text(t.get(f.actor().messageKey())),
					Cell.text(t.get("effects.kind." + f.kind().name())), t.sek(f.amount())));
		}
		return new Table(id, heading, null, List.of(t.get("effects.report.item"), t.get("effects.report.actor"),
				t.get("effects.report.flowKind"), t.get("effects.report.sekPerYear")), rows, true);
	}

	private Table parameterTable(List<ParameterValue> params, Texts t) {
		List<List<Cell>> rows = new ArrayList<>();
		for (ParameterValue p : params) {
			rows.add(List.of(Cell.text(p.key()), Cell.text(String.valueOf(p.year())),
					new Cell(p.value().toPlainString(), p.value().doubleValue()), Cell.text(p.unit()),
					Cell.text(String.valueOf(p.version())), Cell.text(p.source()),
					Cell.text(p.note() == null ? "" : p.note())));
		}
		return new Table("parameters", t.get("effects.report.parameters"), t.get("effects.report.parameters.note"),
				List.of(t.get("effects.report.key"), t.get("effects.report.paramYear"), t.get("effects.report.value"),
						t.get("effects.report.unit"), t.get("effects.report.version"), t.get("effects.report.source"),
						t.get("effects.report.note")),
				rows, true);
	}

	private Chart whoPaysChart(EffectReport report, Texts t) {
		List<Actor> actors = Actor.valuesList();
		return new Chart("who-pays-chart", t.get("effects.report.whoPays"),
				actors.stream().map(a -> t.get(a.messageKey())).toList(),
				List.of(new Series(t.get("effects.report.investment"),
						actors.stream().map(a -> 0.0 - report.investment().get(a) + 0.0).toList()),
						new Series(t.get("effects.report.pvReturns"),
								actors.stream().map(a -> report.presentValue().get(a)).toList()),
						new Series(t.get("effects.report.net"), actors.stream().map(a -> report.net().get(a)).toList())),
				"actors");
	}

	private String lead(StoredCalculation calc, Texts t, String kindKey) {
		String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
			.format(calc.createdAt());
		// Year and number as plain text: a message argument would be grouped ("2 026").
		return t.get("effects.report.lead", t.get(kindKey), String.valueOf(calc.year()), at, calc.createdBy(),
				String.valueOf(calc.id()));
	}

	private static List<Cell> row(String label, Cell value) {
		return List.of(Cell.text(label), value);
	}

	/** Texts and number formats of one locale. */
	record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		Cell sek(double v) {
			NumberFormat f = NumberFormat.getIntegerInstance(locale);
			return new Cell(f.format(Math.round(v)), (double) Math.round(v));
		}

		Cell num(double v, int decimals) {
			NumberFormat f = NumberFormat.getNumberInstance(locale);
			f.setMinimumFractionDigits(0);
			f.setMaximumFractionDigits(decimals);
			return new Cell(f.format(v), v);
		}

		Cell pct(double share) {
			NumberFormat f = NumberFormat.getPercentInstance(locale);
			f.setMaximumFractionDigits(1);
			return new Cell(f.format(share), share);
		}

		String ratio(double r) {
			if (Double.isNaN(r) || Double.isInfinite(r)) {
				return "–";
			}
			NumberFormat f = NumberFormat.getNumberInstance(locale);
			f.setMinimumFractionDigits(2);
			f.setMaximumFractionDigits(2);
			return f.format(r) + " : 1";
		}

		String months(double m) {
			if (Double.isNaN(m) || Double.isInfinite(m)) {
				return get("effects.report.noPayback");
			}
			return get("effects.report.months", num(m, 1).text());
		}
	}
}
