package se.kompetensnav.taxonomy.internal;

import org.springframework.stereotype.Component;

import se.kompetensnav.common.StartupTask;

/**
 * Imports the shipped taxonomy on first start (and when the shipped files change); otherwise only loads the
 * in-memory model. Runs in production as well as in demo mode: the taxonomy is reference data, not demo data.
 */
@Component
class TaxonomyStartup implements StartupTask {

	private final TaxonomyService taxonomy;

	TaxonomyStartup(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String name() {
		return "taxonomy";
	}

	@Override
	public void run() {
		taxonomy.importShipped();
	}
}
