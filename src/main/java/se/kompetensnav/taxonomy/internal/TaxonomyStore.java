package se.kompetensnav.taxonomy.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.taxonomy.TaxonomyVersion;
import se.kompetensnav.taxonomy.internal.TaxonomyData.AltLabel;
import se.kompetensnav.taxonomy.internal.TaxonomyData.ConceptRow;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Membership;
import se.kompetensnav.taxonomy.internal.TaxonomyData.MunicipalityRow;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Neighbour;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Population;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Relation;

/** The taxonomy tables. Writes a whole import in one transaction, with batch statements. */
@Repository
class TaxonomyStore {

	private static final int BATCH = 1000;

	static final String CONCEPT_COLUMNS = "id, type, source_type, label, label_en, code, ssyk4, parent_id, definition, deprecated";

	record StoredConcept(ConceptRow row, boolean deprecated) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	TaxonomyStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Optional<TaxonomyVersion> currentVersion() {
		return jdbc.sql("select * from taxonomy_version order by id desc").query(TaxonomyStore::version).list().stream()
			.findFirst();
	}

	List<TaxonomyVersion> versions() {
		return jdbc.sql("select * from taxonomy_version order by id desc").query(TaxonomyStore::version).list();
	}

	Map<String, StoredConcept> concepts() {
		Map<String, StoredConcept> result = new HashMap<>();
		template.query("select " + CONCEPT_COLUMNS + " from taxonomy_concept", (ResultSet rs) -> {
			ConceptRow row = new ConceptRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
			result.put(row.id(), new StoredConcept(row, rs.getBoolean(10)));
		});
		return result;
	}

	/**
	 * Writes an import: new concepts are added, changed ones updated, concepts no longer in the files marked
	 * deprecated (never deleted, data elsewhere may refer to them). Relations, labels and municipality facts are
	 * replaced. All in one transaction.
	 */
	@Transactional
	public TaxonomyVersion write(TaxonomyData data, String source) {
		Map<String, StoredConcept> existing = concepts();
		List<ConceptRow> added = new ArrayList<>();
		List<ConceptRow> changed = new ArrayList<>();
		for (ConceptRow row : data.concepts.values()) {
			StoredConcept old = existing.get(row.id());
			if (old == null) {
				added.add(row);
			}
			else if (old.deprecated() || row.differsFrom(old.row())) {
				changed.add(row);
			}
		}
		List<String> deprecated = existing.values().stream()
			.filter(c -> !c.deprecated() && !data.concepts.containsKey(c.row().id()))
			.map(c -> c.row().id())
			.toList();

		Instant now = Instant.now();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into taxonomy_version (source, checksum, imported_at, concepts, added, changed, deprecated) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(source, data.checksum, Timestamp.from(now), data.concepts.size(), added.size(), changed.size(),
					deprecated.size())
			.update(key, "id");
		long versionId = key.getKeyAs(Number.class).longValue();

		batch("insert into taxonomy_concept (id, type, source_type, label, label_en, code, ssyk4, parent_id, "
				+ "definition, deprecated, version_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)", added,
				(ps, r) -> {
					bindConcept(ps, r);
					set(ps, 10, versionId);
				});
		batch("update taxonomy_concept set type = ?, source_type = ?, label = ?, label_en = ?, code = ?, ssyk4 = ?, "
				+ "parent_id = ?, definition = ?, deprecated = false, version_id = ? where id = ?", changed,
				(ps, r) -> {
					set(ps, 1, r.type());
					set(ps, 2, r.sourceType());
					set(ps, 3, r.label());
					set(ps, 4, r.labelEn());
					set(ps, 5, r.code());
					set(ps, 6, r.ssyk4());
					set(ps, 7, r.parentId());
					set(ps, 8, r.definition());
					set(ps, 9, versionId);
					set(ps, 10, r.id());
				});
		batch("update taxonomy_concept set deprecated = true, version_id = ? where id = ?", deprecated,
				(ps, id) -> {
					set(ps, 1, versionId);
					set(ps, 2, id);
				});

		for (String table : List.of("taxonomy_alt_label", "taxonomy_relation", "taxonomy_collection",
				"taxonomy_neighbour", "taxonomy_population", "taxonomy_municipality")) {
			jdbc.sql("delete from " + table).update();
		}
		batch("insert into taxonomy_alt_label (concept_id, label, lang) values (?, ?, ?)", data.altLabels,
				(ps, a) -> {
					set(ps, 1, a.conceptId());
					set(ps, 2, a.label());
					set(ps, 3, a.lang());
				});
		batch("insert into taxonomy_relation (from_id, to_id, kind) values (?, ?, ?)", data.relations, (ps, r) -> {
			set(ps, 1, r.fromId());
			set(ps, 2, r.toId());
			set(ps, 3, r.kind());
		});
		batch("insert into taxonomy_collection (concept_id, collection) values (?, ?)", data.memberships,
				(ps, m) -> {
					set(ps, 1, m.conceptId());
					set(ps, 2, m.collection());
				});
		batch("insert into taxonomy_municipality (code, concept_id, name, county_code, lat, lon, border) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", data.municipalities.values(), (ps, m) -> {
					set(ps, 1, m.code());
					set(ps, 2, m.conceptId());
					set(ps, 3, m.name());
					set(ps, 4, m.countyCode());
					ps.setDouble(5, m.lat());
					ps.setDouble(6, m.lon());
					set(ps, 7, m.border());
				});
		batch("insert into taxonomy_neighbour (code, neighbour_code) values (?, ?)", data.neighbours, (ps, n) -> {
			set(ps, 1, n.code());
			set(ps, 2, n.neighbourCode());
		});
		batch("insert into taxonomy_population (code, pop_year, population) values (?, ?, ?)", data.population,
				(ps, p) -> {
					set(ps, 1, p.code());
					ps.setInt(2, p.year());
					ps.setInt(3, p.population());
				});
		batch("insert into taxonomy_version_file (version_id, file, checksum) values (?, ?, ?)",
				data.fileChecksums.entrySet(), (ps, e) -> {
					set(ps, 1, versionId);
					set(ps, 2, e.getKey());
					set(ps, 3, e.getValue());
				});
		return new TaxonomyVersion(versionId, source, data.checksum, now, data.concepts.size(), added.size(),
				changed.size(), deprecated.size());
	}

	// ---- reads for the in-memory model

	void eachConcept(BiConsumer<ConceptRow, Boolean> consumer) {
		template.query("select " + CONCEPT_COLUMNS + " from taxonomy_concept", (ResultSet rs) -> {
			consumer.accept(new ConceptRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), null), rs.getBoolean(10));
		});
	}

	List<AltLabel> altLabels() {
		return template.query("select concept_id, label, lang from taxonomy_alt_label",
				(rs, n) -> new AltLabel(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	List<Relation> relations() {
		return template.query("select from_id, to_id, kind from taxonomy_relation",
				(rs, n) -> new Relation(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	List<Membership> memberships() {
		return template.query("select concept_id, collection from taxonomy_collection",
				(rs, n) -> new Membership(rs.getString(1), rs.getString(2)));
	}

	List<MunicipalityRow> municipalities() {
		return template.query("select code, concept_id, name, county_code, lat, lon from taxonomy_municipality "
				+ "order by code", (rs, n) -> new MunicipalityRow(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getDouble(5), rs.getDouble(6), ""));
	}

	List<Neighbour> neighbours() {
		return template.query("select code, neighbour_code from taxonomy_neighbour",
				(rs, n) -> new Neighbour(rs.getString(1), rs.getString(2)));
	}

	List<Population> population() {
		return template.query("select code, pop_year, population from taxonomy_population",
				(rs, n) -> new Population(rs.getString(1), rs.getInt(2), rs.getInt(3)));
	}

	Optional<String> border(String code) {
		return jdbc.sql("select border from taxonomy_municipality where code = ?").param(code).query(String.class)
			.optional();
	}

	List<String> borders() {
		return jdbc.sql("select border from taxonomy_municipality where border is not null order by code")
			.query(String.class).list();
	}

	Optional<String> definition(String id) {
		return jdbc.sql("select definition from taxonomy_concept where id = ? and definition is not null").param(id)
			.query(String.class).optional();
	}

	// ---- helpers

	interface Binder<T> {

		void bind(PreparedStatement ps, T item) throws SQLException;

	}

	private <T> void batch(String sql, Collection<T> items, Binder<T> binder) {
		if (items.isEmpty()) {
			return;
		}
		template.batchUpdate(sql, items, BATCH, binder::bind);
	}

	private static void bindConcept(PreparedStatement ps, ConceptRow r) throws SQLException {
		set(ps, 1, r.id());
		set(ps, 2, r.type());
		set(ps, 3, r.sourceType());
		set(ps, 4, r.label());
		set(ps, 5, r.labelEn());
		set(ps, 6, r.code());
		set(ps, 7, r.ssyk4());
		set(ps, 8, r.parentId());
		set(ps, 9, r.definition());
	}

	private static void set(PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else if (value instanceof String s) {
			ps.setString(index, s);
		}
		else if (value instanceof Long l) {
			ps.setLong(index, l);
		}
		else {
			ps.setObject(index, value);
		}
	}

	private static TaxonomyVersion version(ResultSet rs, int n) throws SQLException {
		return new TaxonomyVersion(rs.getLong("id"), rs.getString("source"), rs.getString("checksum"),
				rs.getTimestamp("imported_at").toInstant(), rs.getInt("concepts"), rs.getInt("added"),
				rs.getInt("changed"), rs.getInt("deprecated"));
	}
}
