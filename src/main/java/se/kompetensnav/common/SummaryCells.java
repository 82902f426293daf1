package se.kompetensnav.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds deltas to the cells of a maintained summary table (key columns, then bigint value columns): one
 * {@code update ... set v = v + ?} per touched cell, an insert where the cell is new. The caller holds its module's
 * summary lock (a row locked {@code for update}), so no two transactions create the same cell. Cells that fall to
 * zero stay as rows (the readers skip them), so a delete never races an update.
 */
public final class SummaryCells {

	private final JdbcClient jdbc;

	private final String update;

	private final String insert;

	private final int keys;

	private final int values;

	public SummaryCells(JdbcClient jdbc, String table, List<String> keyColumns, List<String> valueColumns) {
		this.jdbc = jdbc;
		this.keys = keyColumns.size();
		this.values = valueColumns.size();
		this.update = "update " + table + " set "
				+ String.join(", ", valueColumns.stream().map(c -> c + " = " + c + " + ?").toList()) + " where "
				+ String.join(" and ", keyColumns.stream().map(c -> c + " = ?").toList());
		List<String> all = new ArrayList<>(keyColumns);
		all.addAll(valueColumns);
		this.insert = "insert into " + table + " (" + String.join(", ", all) + ") values ("
				+ String.join(", ", all.stream().map(c -> "?").toList()) + ")";
	}

	/** Deltas collected per cell before they are written; adding the same key twice sums. */
	public static final class Deltas {

		private final Map<List<Object>, long[]> cells = new LinkedHashMap<>();

		private final int values;

		public Deltas(int values) {
			this.values = values;
		}

		/** Adds {@code sign} × {@code amounts} to the cell {@code key}. */
		public Deltas add(List<Object> key, int sign, long... amounts) {
			long[] v = cells.computeIfAbsent(key, k -> new long[values]);
			for (int i = 0; i < amounts.length; i++) {
				v[i] += sign * amounts[i];
			}
			return this;
		}

		public Map<List<Object>, long[]> cells() {
			return cells;
		}
	}

	public Deltas deltas() {
		return new Deltas(values);
	}

	/** Writes the non-zero deltas. */
	public void apply(Deltas deltas) {
		deltas.cells().forEach((key, v) -> {
			boolean zero = true;
			for (long x : v) {
				zero &= x == 0;
			}
			if (zero) {
				return;
			}
			if (key.size() != keys || v.length != values) {
				throw new IllegalArgumentException("cell " + key + " does not fit the summary");
			}
			List<Object> params = new ArrayList<>();
			for (long x : v) {
				params.add(x);
			}
			params.addAll(key);
			if (jdbc.sql(update).params(params).update() == 0) {
				List<Object> row = new ArrayList<>(key);
				for (long x : v) {
					row.add(x);
				}
				jdbc.sql(insert).params(row).update();
			}
		});
	}
}
