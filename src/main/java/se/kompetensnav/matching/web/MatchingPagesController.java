package se.kompetensnav.matching.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.matching.CareerMoves;
import se.kompetensnav.matching.internal.MatchingService;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Matching pages. The module that reads owns the page: the participant, opportunity, need and occupation pages of
 * the other modules load these as fragments (htmx) and link to the full pages.
 */
@Controller
class MatchingPagesController {

	static final int PERSON_LIMIT = 10;

	static final int CANDIDATE_LIMIT = 20;

	private final MatchingService matching;

	private final CareerMoves careerMoves;

	private final Opportunities opportunities;

	private final CompetenceNeeds needs;

	private final ObjectProvider<Taxonomy> taxonomy;

	MatchingPagesController(MatchingService matching, CareerMoves careerMoves, Opportunities opportunities,
			CompetenceNeeds needs, ObjectProvider<Taxonomy> taxonomy) {
		this.matching = matching;
		this.careerMoves = careerMoves;
		this.opportunities = opportunities;
		this.needs = needs;
		this.taxonomy = taxonomy;
	}

	/** Labels of taxonomy ids and municipality codes for the templates. */
	static final class Labels {

		private final @Nullable Taxonomy taxonomy;

		Labels(@Nullable Taxonomy taxonomy) {
			this.taxonomy = taxonomy;
		}

		public String label(String id) {
			return taxonomy == null ? id : taxonomy.concept(id).map(Concept::label).orElse(id);
		}

		public String municipality(@Nullable String code) {
			if (code == null || code.isBlank()) {
				return "-";
			}
			return taxonomy == null ? code : taxonomy.municipality(code).map(Municipality::name).orElse(code);
		}
	}

	private void common(Model model) {
		model.addAttribute("labels", new Labels(taxonomy.getIfAvailable()));
		model.addAttribute("offers", matching.offerDetails());
	}

	private static void candidates(Model model, MatchingService.Candidates candidates) {
		model.addAttribute("rows", candidates.rows());
		model.addAttribute("shortened", candidates.shortened());
	}

	@GetMapping("/matching/participants/{id}")
	String participant(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) @Nullable String hx,
			Model model) {
		model.addAttribute("pm", matching.forParticipant(id, PERSON_LIMIT));
		common(model);
		return hx != null ? "matching/participant :: matches" : "matching/participant";
	}

	@GetMapping("/matching/opportunities/{id}")
	String opportunity(@PathVariable long id,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String hx, Model model) {
		var o = opportunities.get(id);
		model.addAttribute("subject", o.title());
		model.addAttribute("back", "/employers/opportunities/" + id);
		candidates(model, matching.forOpportunity(id, CANDIDATE_LIMIT));
		model.addAttribute("need", false);
		common(model);
		return hx != null ? "matching/candidates :: candidates" : "matching/candidates";
	}

	@GetMapping("/matching/needs/{id}")
	String need(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) @Nullable String hx,
			Model model) {
		var f = needs.get(id);
		model.addAttribute("subject", f.title());
		model.addAttribute("back", "/employers/organisations/" + f.organisationId() + "/needs");
		candidates(model, matching.forNeed(id, CANDIDATE_LIMIT));
		model.addAttribute("need", true);
		common(model);
		return hx != null ? "matching/candidates :: candidates" : "matching/candidates";
	}

	/** Related occupations (career moves) of an occupation name: open data, a fragment for the occupation page. */
	@GetMapping("/matching/occupations/{id}/related")
	String related(@PathVariable String id, Model model) {
		List<CareerMoves.RelatedOccupation> related;
		try {
			related = careerMoves.related(id, 10);
		}
		catch (NotFoundException e) {
			related = List.of();
		}
		model.addAttribute("related", related);
		model.addAttribute("labels", new Labels(taxonomy.getIfAvailable()));
		return "matching/related :: related";
	}
}
