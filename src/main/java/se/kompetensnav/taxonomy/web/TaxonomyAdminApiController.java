package se.kompetensnav.taxonomy.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.taxonomy.ImportResult;
import se.kompetensnav.taxonomy.TaxonomyImports;

/** Re-import of the taxonomy, for administrators (the files themselves are open data). */
@RestController
@RequestMapping("/api/admin/taxonomy")
@Tag(name = "Taxonomy administration")
class TaxonomyAdminApiController {

	private final TaxonomyImports imports;

	TaxonomyAdminApiController(TaxonomyImports imports) {
		this.imports = imports;
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Re-import the shipped taxonomy files: reports added, changed and deprecated concepts, "
			+ "or skipped when the files are those of the current version")
	ImportResult reimport() {
		return imports.importShipped();
	}
}
