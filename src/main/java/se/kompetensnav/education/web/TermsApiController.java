package se.kompetensnav.education.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.education.internal.TaxonomyLookup;

/**
 * A plain label search over skills and occupation names for the course form's autocomplete, used when the
 * taxonomy's own search ({@code /api/taxonomy/search}) does not answer.
 */
@RestController
@Tag(name = "Education")
class TermsApiController {

	private final TaxonomyLookup taxonomy;

	TermsApiController(TaxonomyLookup taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/api/education/terms")
	@Operation(summary = "Skills or occupation names whose words start with the query (autocomplete fallback)")
	List<TaxonomyLookup.Term> terms(@RequestParam String q, @RequestParam(defaultValue = "skill") String type) {
		return taxonomy.searchTerms(q, type, 15);
	}
}
