package se.kompetensnav.matching.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.matching.CareerMoves;
import se.kompetensnav.matching.CareerMoves.RelatedOccupation;

/** Related occupations as open data. */
@RestController
@Tag(name = "Taxonomy")
class CareerMovesController {

	static final int MAX_LIMIT = 100;

	private final CareerMoves careerMoves;

	CareerMovesController(CareerMoves careerMoves) {
		this.careerMoves = careerMoves;
	}

	@GetMapping("/api/taxonomy/occupations/{occupationNameId}/related")
	@Operation(summary = "Related occupations (career moves)",
			description = "Occupations a person with this occupation could move to, best first, with the skills the "
					+ "two share and the skills to add. Computed from the taxonomy's SSYK-4 skill profiles.")
	List<RelatedOccupation> related(@PathVariable String occupationNameId,
			@RequestParam(defaultValue = "10") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException(FieldError.of("limit", "matching.related.limit", MAX_LIMIT));
		}
		return careerMoves.related(occupationNameId, limit);
	}

	@Configuration(proxyBeanMethods = false)
	static class OpenPaths {

		@Bean
		PublicPaths matchingPublicPaths() {
			return PublicPaths.of("/api/taxonomy/occupations/*/related", "/matching/occupations/*/related");
		}
	}
}
