package se.kompetensnav.people.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.people.internal.ExitInput;
import se.kompetensnav.people.internal.FollowUpInput;
import se.kompetensnav.people.internal.Participant;
import se.kompetensnav.people.internal.ParticipantInput;
import se.kompetensnav.people.internal.ParticipantService;
import se.kompetensnav.people.internal.ParticipantView;
import se.kompetensnav.people.internal.PlanItems;
import se.kompetensnav.people.internal.PlanService;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants", description = "Participants' cases: scoped to the owning unit, every access audited")
class ParticipantApiController {

	/** A row of the caseload. */
	record CaseSummary(long id, String name, long programmeId, String status, String entryDate, String exitDate) {
		static CaseSummary of(Participant p) {
			return new CaseSummary(p.id(), p.name(), p.programmeId(), p.status().name(),
					p.entryDate() == null ? null : p.entryDate().toString(),
					p.exitDate() == null ? null : p.exitDate().toString());
		}
	}

	private final ParticipantService participants;

	private final PlanService plans;

	ParticipantApiController(ParticipantService participants, PlanService plans) {
		this.participants = participants;
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "The caseload: assigned participants (consultant) or the unit's (unit manager)")
	List<CaseSummary> caseload() {
		return participants.caseload().stream().map(CaseSummary::of).toList();
	}

	@GetMapping("/search")
	@Operation(summary = "Find participants by personnummer (consultants and unit managers, within their scope)")
	List<CaseSummary> search(@RequestParam String personnummer) {
		return participants.findByPersonnummer(personnummer).stream().map(CaseSummary::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One participant; 404 when it does not exist or is outside the caller's scope")
	ParticipantView get(@PathVariable long id) {
		return participants.view(id);
	}

	@PostMapping
	@Operation(summary = "Enrol a participant: a free place gives entry, a full programme the waiting list")
	ResponseEntity<ParticipantView> create(@RequestBody ParticipantInput input) {
		Participant p = participants.create(input);
		return ResponseEntity.created(URI.create("/api/participants/" + p.id())).body(participants.view(p.id()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a participant's facts, occupations and skills (the lists are replaced; a blank "
			+ "personnummer keeps the stored one; sensitive answers only by roles that see them); 400 with "
			+ "errors[{field,line,code,text}] and nothing stored; audited with the changed field names")
	ParticipantView update(@PathVariable long id, @RequestBody ParticipantInput input) {
		participants.update(id, input);
		return participants.view(id);
	}

	@PostMapping("/{id}/exit")
	@Operation(summary = "Record the exit; schedules follow-ups at 4 weeks and 6 months")
	ParticipantView exit(@PathVariable long id, @RequestBody ExitInput input) {
		participants.exit(id, input);
		return participants.view(id);
	}

	@PostMapping("/{id}/follow-ups/{followUpId}")
	@Operation(summary = "Record a follow-up's result")
	ParticipantView followUp(@PathVariable long id, @PathVariable long followUpId, @RequestBody FollowUpInput input) {
		participants.recordFollowUp(id, followUpId, input);
		return participants.view(id);
	}

	@PostMapping("/{id}/consultant")
	@Operation(summary = "Assign a consultant (unit managers)")
	ParticipantView assign(@PathVariable long id, @RequestBody Map<String, Long> body) {
		participants.assign(id, body.getOrDefault("consultantId", -1L));
		return participants.view(id);
	}

	@GetMapping("/{id}/plan")
	@Operation(summary = "The development plan: goals, activities, contacts, assessments")
	PlanService.Plan plan(@PathVariable long id) {
		return plans.plan(id);
	}

	@PostMapping("/{id}/goals")
	ResponseEntity<Map<String, Long>> goal(@PathVariable long id, @RequestBody PlanItems.GoalInput input) {
		return ResponseEntity.status(201).body(Map.of("id", plans.addGoal(id, input)));
	}

	@PostMapping("/{id}/activities")
	ResponseEntity<Map<String, Long>> activity(@PathVariable long id, @RequestBody PlanItems.ActivityInput input) {
		return ResponseEntity.status(201).body(Map.of("id", plans.addActivity(id, input)));
	}

	@PostMapping("/{id}/contacts")
	ResponseEntity<Map<String, Long>> contact(@PathVariable long id, @RequestBody PlanItems.ContactInput input) {
		return ResponseEntity.status(201).body(Map.of("id", plans.addContact(id, input)));
	}

	@PostMapping("/{id}/assessments")
	@Operation(summary = "Record an assessment of all eight key competences on the scale 1-5")
	ResponseEntity<Map<String, Long>> assessment(@PathVariable long id,
			@RequestBody PlanItems.AssessmentInput input) {
		return ResponseEntity.status(201).body(Map.of("id", plans.addAssessment(id, input)));
	}
}
