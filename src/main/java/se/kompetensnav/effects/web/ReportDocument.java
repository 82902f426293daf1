package se.kompetensnav.effects.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A calculation's report in a neutral shape that the page, the PDF and the xlsx all render, so the three always
 * show the same figures, assumptions and parameter sources.
 */
record ReportDocument(String title, String lead, List<Fact> facts, List<Chart> charts, List<Table> tables) {

	/** The table of the given id, if the report has one. */
	@Nullable Table table(String id) {
		return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}

	record Fact(String id, String label, String value) {
	}

	/** A cell: its text, and its number when it is one (the xlsx writes numbers as numbers). */
	record Cell(String text, @Nullable Double number) {

		static Cell text(String text) {
			return new Cell(text, null);
		}
	}

	/**
	 * @param firstColumnIsHeader the first cell of each row names the row ({@code th scope=row})
	 */
	record Table(String id, String heading, @Nullable String caption, List<String> columns, List<List<Cell>> rows,
			boolean firstColumnIsHeader) {
	}

	/**
	 * A bar chart: one label per bar group, one series per dataset; the page draws it with Chart.js, and the table
	 * {@code tableId} holds the same figures as its text alternative.
	 */
	record Chart(String id, String title, List<String> labels, List<Series> series, String tableId) {
	}

	record Series(String label, List<Double> values) {
	}
}
