package se.kompetensnav.people.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.people.Programme;
import se.kompetensnav.people.internal.ParticipantImport;
import se.kompetensnav.people.internal.ParticipantService;
import se.kompetensnav.people.internal.ProgrammeInput;
import se.kompetensnav.people.internal.ProgrammeService;

@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Programmes", description = "Labour-market programmes, places and waiting lists")
class ProgrammeApiController {

	/** A programme with its places used and free and the length of its waiting list. */
	record ProgrammeStatus(Programme programme, int placesUsed, int placesFree, int waiting) {
	}

	/** A programme with its staff, as created or edited. */
	record ProgrammeDetails(Programme programme, List<ProgrammeService.StaffMember> staff) {
	}

	private final ParticipantService participants;

	private final ParticipantImport imports;

	private final ProgrammeService programmes;

	ProgrammeApiController(ParticipantService participants, ParticipantImport imports, ProgrammeService programmes) {
		this.participants = participants;
		this.imports = imports;
		this.programmes = programmes;
	}

	@PostMapping
	@Operation(summary = "Create a programme (admins; unit managers for their units); 201, or 400 with "
			+ "errors[{field,line,code,text}]; audited")
	ResponseEntity<ProgrammeDetails> create(@RequestBody ProgrammeInput input) {
		Programme p = programmes.create(input);
		return ResponseEntity.created(URI.create("/api/programmes/" + p.id()))
			.body(new ProgrammeDetails(p, programmes.staffOf(p.id())));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a programme: every field, the staff list is replaced; places not below those "
			+ "enrolled, the owning unit fixed once there are participants; audited")
	ProgrammeDetails update(@PathVariable long id, @RequestBody ProgrammeInput input) {
		Programme p = programmes.update(id, input);
		return new ProgrammeDetails(p, programmes.staffOf(id));
	}

	@GetMapping("/{id}/staff")
	@Operation(summary = "The programme's staff (admins and unit managers of the owning unit)")
	List<ProgrammeService.StaffMember> staff(@PathVariable long id) {
		return programmes.staffOf(programmes.editable(id).id());
	}

	@PostMapping(path = "/{id}/participants/import", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Import participants with entry data, exits and follow-ups from CSV (UTF-8, header row, "
			+ "columns as in docs/people.md); all rows or none, errors name the row and column")
	Map<String, Integer> importCsv(@PathVariable long id, @RequestBody String csv) {
		return Map.of("imported", imports.importCsv(id, new java.io.StringReader(csv)));
	}

	@PostMapping(path = "/{id}/participants/import", consumes = "multipart/form-data")
	@Operation(summary = "The same import as a file upload (field 'file')")
	Map<String, Integer> importFile(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		return Map.of("imported", imports.importCsv(id,
				new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)));
	}

	@GetMapping
	@Operation(summary = "Programmes the caller works in")
	List<ProgrammeStatus> list() {
		return participants.workableProgrammes().stream().map(p -> status(p.id())).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A programme with places used and free")
	ProgrammeStatus get(@PathVariable long id) {
		return status(id);
	}

	@PostMapping("/{id}/admit-next")
	@Operation(summary = "Give the first on the waiting list a free place")
	ProgrammeStatus admitNext(@PathVariable long id, @RequestBody(required = false) @Nullable Map<String, String> body) {
		participants.admitNext(id, body == null ? null : body.get("entryDate"));
		return status(id);
	}

	private ProgrammeStatus status(long id) {
		Programme p = participants.workableProgramme(id);
		int used = participants.enrolledCount(id);
		return new ProgrammeStatus(p, used, Math.max(0, p.places() - used), participants.waitingList(id).size());
	}
}
