package se.kompetensnav.network.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.network.Actor;
import se.kompetensnav.network.ActorForm;
import se.kompetensnav.network.ActorKind;
import se.kompetensnav.network.Funder;
import se.kompetensnav.network.Network;
import se.kompetensnav.network.PostDirection;
import se.kompetensnav.web.FormErrors;

/** The cluster network: directory, needs and offers, projects, events, meeting requests, an actor's profile. */
@Controller
class NetworkPages {

	static final String INDEX = "network/index";

	static final String ACTOR = "network/actor";

	static final String ACTOR_EDIT = "network/actor-edit";

	private final Network network;

	private final FormErrors formErrors;

	NetworkPages(Network network, FormErrors formErrors) {
		this.network = network;
		this.formErrors = formErrors;
	}

	@GetMapping("/network")
	String index(Model model) {
		return index(model, "", Map.of(), Map.of());
	}

	private String index(Model model, String form, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("actors", network.actors());
		model.addAttribute("needs", network.posts(PostDirection.NEED));
		model.addAttribute("offers", network.posts(PostDirection.OFFER));
		model.addAttribute("projects", network.projects());
		model.addAttribute("events", network.events());
		model.addAttribute("mine", network.mine().orElse(null));
		model.addAttribute("meetings", network.myMeetings());
		model.addAttribute("funders", Funder.values());
		model.addAttribute("kinds", ActorKind.values());
		model.addAttribute("form", form);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return INDEX;
	}

	@GetMapping("/network/actors/{id}")
	String actor(@PathVariable long id, Model model) {
		return actor(id, model, Map.of(), Map.of());
	}

	private String actor(long id, Model model, Map<String, String> values, Map<String, String> errors) {
		Actor actor = network.actor(id);
		model.addAttribute("actor", actor);
		model.addAttribute("posts", network.postsOf(id));
		model.addAttribute("canEdit", network.canActFor(actor));
		model.addAttribute("mine", network.mine().orElse(null));
		model.addAttribute("directions", PostDirection.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return ACTOR;
	}

	@GetMapping("/network/actors/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor a = network.editable(id);
		return edit(model, a, Map.of("name", a.name(), "kind", a.kind().name(),
				"municipalityCode", a.municipalityCode() == null ? "" : a.municipalityCode(),
				"website", a.website() == null ? "" : a.website(), "email", a.email() == null ? "" : a.email(),
				"description", a.description()), Map.of());
	}

	private String edit(Model model, Actor actor, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("actor", actor);
		model.addAttribute("kinds", ActorKind.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return ACTOR_EDIT;
	}

	@PostMapping("/network/actors/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> p, Model model) {
		try {
			network.updateActor(id, new ActorForm(p.get("name"), p.get("kind"), p.get("municipalityCode"),
					p.get("website"), p.get("email"), p.get("description")));
			return "redirect:/network/actors/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", true);
			return edit(model, network.actor(id), p, formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/network/actors/{id}/posts")
	String addPost(@PathVariable long id, @RequestParam Map<String, String> p, Model model) {
		try {
			network.addPost(id, p.get("direction"), p.get("title"), p.get("description"));
			return "redirect:/network/actors/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", "post");
			return actor(id, model, p, formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/network/actors/{id}/meetings")
	String requestMeeting(@PathVariable long id, @RequestParam Map<String, String> p, Model model) {
		try {
			network.requestMeeting(id, p.get("subject"), p.get("message"), p.get("proposedDate"));
			return "redirect:/network/actors/" + id + "?requested";
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", "meeting");
			return actor(id, model, p, formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/network/meetings/{id}")
	String answerMeeting(@PathVariable long id, @RequestParam boolean accept) {
		network.answerMeeting(id, accept);
		return "redirect:/network#meetings";
	}

	@PostMapping("/network/projects")
	String addProject(@RequestParam Map<String, String> p, @RequestParam(name = "partners", required = false)
			List<Long> partners, Model model) {
		try {
			long lead = network.mine().map(Actor::id).orElse(-1L);
			network.addProject(lead, p.get("name"), p.get("description"), p.get("funder"), p.get("budgetSek"),
					p.get("startDate"), p.get("endDate"), partners == null ? List.of() : partners);
			return "redirect:/network#projects";
		}
		catch (InvalidInputException e) {
			return index(model, "project", p, formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/network/events")
	String addEvent(@RequestParam Map<String, String> p, Model model) {
		try {
			long organiser = network.mine().map(Actor::id).orElse(-1L);
			network.addEvent(organiser, p.get("title"), p.get("description"), p.get("startsAt"), p.get("place"),
					p.get("seats"));
			return "redirect:/network#events";
		}
		catch (InvalidInputException e) {
			return index(model, "event", p, formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/network/events/{id}/registrations")
	String register(@PathVariable long id, @RequestParam Map<String, String> p, Model model) {
		try {
			network.register(id, p.get("attendeeName"), p.get("email"));
			return "redirect:/network?registered=" + id + "#events";
		}
		catch (InvalidInputException e) {
			p.put("eventId", String.valueOf(id));
			return index(model, "register-" + id, p, formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}
}
