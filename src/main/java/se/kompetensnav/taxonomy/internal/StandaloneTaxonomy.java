package se.kompetensnav.taxonomy.internal;

import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.ImportResult;
import se.kompetensnav.taxonomy.SearchHit;

/**
 * The taxonomy without Spring, over a migrated database: for benchmarks and command-line tools. Not for other
 * modules (they use {@link se.kompetensnav.taxonomy.Taxonomy}).
 */
public final class StandaloneTaxonomy {

	private final TaxonomyService service;

	public StandaloneTaxonomy(DataSource dataSource) {
		this.service = new TaxonomyService(new TaxonomyStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource)));
	}

	/** Imports the shipped files (skipped when current) and loads the in-memory model, index included. */
	public ImportResult importShipped() {
		ImportResult result = service.importShipped();
		service.search("warm", null, 1);
		return result;
	}

	/** Reloads the in-memory model and index from the database, as a start with an imported database does. */
	public void reload() {
		service.reload();
		service.search("warm", null, 1);
	}

	public List<SearchHit> search(String query, @Nullable ConceptType type, int limit) {
		return service.search(query, type, limit);
	}

	/** The baseline: every query word as an exact term, nothing tolerant. */
	public List<SearchHit> searchExactWords(String query, int limit) {
		return service.searchExactWords(query, limit);
	}

	public List<Concept> byType(ConceptType type) {
		return service.byType(type);
	}
}
