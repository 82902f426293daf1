package se.kompetensnav.employers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.employers.Importance;
import se.kompetensnav.employers.MentionStatus;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.Opportunity;
import se.kompetensnav.employers.SkillExtractor;
import se.kompetensnav.employers.SkillRequirement;
import se.kompetensnav.employers.SkillSuggestion;
import se.kompetensnav.taxonomy.ConceptType;

/**
 * Suggested skills for an opportunity's text: the text with each mention highlighted, and a row per suggestion that
 * the user accepts or rejects (checkbox) and may reclassify (required or a merit) before anything is stored.
 */
@Controller
@RequestMapping("/employers")
class ExtractionPages {

	private final Opportunities opportunities;

	private final SkillExtractor extractor = SkillExtractor.shared();

	ExtractionPages(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	/** A piece of the text; {@code mark} is the number of the suggestion it shows, or null for plain text. */
	record Segment(String text, @Nullable Integer mark, @Nullable MentionStatus status) {
	}

	@GetMapping("/opportunities/{id}/skills")
	String suggest(@PathVariable long id, Model model) {
		Opportunity o = editable(id);
		String text = textOf(o);
		List<SkillSuggestion> suggestions = extractor.extract(text);
		model.addAttribute("o", o);
		model.addAttribute("segments", segments(text, suggestions));
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("existing", o.skills().stream().map(SkillRequirement::skillId).toList());
		model.addAttribute("tax", new PageSupport.Labels());
		return "employers/extract";
	}

	@PostMapping("/opportunities/{id}/skills")
	String accept(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(name = "accept", required = false) @Nullable List<Integer> accepted) {
		Opportunity o = editable(id);
		List<SkillSuggestion> suggestions = extractor.extract(textOf(o));
		List<SkillRequirement> skills = new ArrayList<>();
		// Skills already stored and not suggested again stay.
		for (SkillRequirement s : o.skills()) {
			if (suggestions.stream().noneMatch(x -> x.conceptId().equals(s.skillId()))) {
				skills.add(s);
			}
		}
		List<String> languages = new ArrayList<>();
		List<String> licences = new ArrayList<>();
		for (int n : accepted == null ? List.<Integer>of() : accepted) {
			if (n < 0 || n >= suggestions.size()) {
				continue;
			}
			SkillSuggestion s = suggestions.get(n);
			Importance importance = "NICE".equals(params.get("importance" + n)) ? Importance.NICE : Importance.MUST;
			if (s.type() == ConceptType.SKILL && skills.stream().noneMatch(x -> x.skillId().equals(s.conceptId()))) {
				skills.add(new SkillRequirement(s.conceptId(), importance, 0));
			}
			else if (s.type() == ConceptType.LANGUAGE && importance == Importance.MUST) {
				languages.add(s.conceptId());
			}
			else if (s.type() == ConceptType.DRIVING_LICENCE && importance == Importance.MUST) {
				licences.add(s.conceptId());
			}
		}
		opportunities.acceptSuggestions(id, skills, languages, licences);
		return "redirect:/employers/opportunities/" + id;
	}

	private Opportunity editable(long id) {
		Opportunity o = opportunities.get(id);
		if (!opportunities.canEdit(o)) {
			throw new NotFoundException("opportunity", id);
		}
		return o;
	}

	static String textOf(Opportunity o) {
		return o.title() + "\n\n" + (o.description() == null ? "" : o.description());
	}

	static List<Segment> segments(String text, List<SkillSuggestion> suggestions) {
		List<Segment> out = new ArrayList<>();
		int at = 0;
		for (int n = 0; n < suggestions.size(); n++) {
			SkillSuggestion s = suggestions.get(n);
			if (s.start() < at) {
				continue;
			}
			if (s.start() > at) {
				out.add(new Segment(text.substring(at, s.start()), null, null));
			}
			out.add(new Segment(text.substring(s.start(), s.end()), n, s.status()));
			at = s.end();
		}
		if (at < text.length()) {
			out.add(new Segment(text.substring(at), null, null));
		}
		return out;
	}
}
