package se.kompetensnav.people.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.FollowUpKind;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.Programme;

/**
 * Imports participants of a programme, with entry data, exits and follow-ups, from a CSV (a municipality moving
 * from spreadsheets). All rows or none: every row is checked first and every problem reported with its row (the
 * line in the file, header = 1) and column; only a clean file is written, in one transaction. Columns: see
 * {@link #COLUMNS} and docs/people.md. Lists within a cell are separated by semicolons.
 */
@Service
public class ParticipantImport {

	public static final List<String> COLUMNS = List.of("givenName", "familyName", "personnummer", "birthDate",
			"gender", "municipalityCode", "sunLevel", "labourMarketStatus", "unemployedSince", "incomeSource",
			"targetGroups", "languages", "drivingLicences", "entryDate", "exitDate", "exitSituation", "exitReason",
			"followUp4wDate", "followUp4wSituation", "followUp6mDate", "followUp6mSituation",
			"followUp6mImprovement");

	private final ParticipantService participants;

	private final ParticipantRepository repo;

	private final CurrentUsers users;

	private final AuditLog audit;

	ParticipantImport(ParticipantService participants, ParticipantRepository repo, CurrentUsers users,
			AuditLog audit) {
		this.participants = participants;
		this.repo = repo;
		this.users = users;
		this.audit = audit;
	}

	private record Row(Participant participant, @Nullable LocalDate exit, @Nullable ExitSituation situation,
			@Nullable String reason, @Nullable LocalDate w4, @Nullable ExitSituation w4Situation,
			@Nullable LocalDate m6, @Nullable ExitSituation m6Situation, @Nullable Improvement m6Improvement) {
	}

	/** Imports the CSV; returns the number of participants created. */
	@Transactional
	public int importCsv(long programmeId, Reader csv) {
		Programme programme = participants.workableProgramme(programmeId);
		List<FieldError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(csv)) {
			List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
			for (String c : missing) {
				errors.add(FieldError.atLine(1, c, "people.error.missingColumn", c));
			}
			if (!missing.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			for (CSVRecord rec : parser) {
				int line = (int) rec.getRecordNumber() + 1;
				Inputs in = new Inputs(line);
				ParticipantInput input = new ParticipantInput(programmeId, rec.get("givenName"), rec.get("familyName"),
						rec.get("personnummer"), rec.get("birthDate"), rec.get("gender"), rec.get("municipalityCode"),
						rec.get("sunLevel"), rec.get("labourMarketStatus"), rec.get("unemployedSince"),
						rec.get("incomeSource"), split(rec.get("targetGroups")),
						String.join(",", split(rec.get("languages"))),
						String.join(",", split(rec.get("drivingLicences"))), null, null, null, null, null, null, null,
						rec.get("entryDate"), null, null, null, null);
				if (Inputs.blank(rec.get("entryDate"))) {
					in.error("entryDate", "people.error.required");
				}
				Participant p = participants.parse(input, in, programme, users.current().orElse(null));
				LocalDate exit = in.date("exitDate", rec.get("exitDate"), false);
				ExitSituation situation = in.choice("exitSituation", rec.get("exitSituation"), ExitSituation.class,
						exit != null);
				LocalDate w4 = in.date("followUp4wDate", rec.get("followUp4wDate"), false);
				ExitSituation w4s = in.choice("followUp4wSituation", rec.get("followUp4wSituation"),
						ExitSituation.class, w4 != null);
				LocalDate m6 = in.date("followUp6mDate", rec.get("followUp6mDate"), false);
				ExitSituation m6s = in.choice("followUp6mSituation", rec.get("followUp6mSituation"),
						ExitSituation.class, m6 != null);
				Improvement imp = in.choice("followUp6mImprovement", rec.get("followUp6mImprovement"),
						Improvement.class, false);
				if (p != null && exit != null && exit.isBefore(p.entryDate())) {
					in.error("exitDate", "people.error.exitBeforeEntry");
				}
				if (exit == null && (w4 != null || m6 != null)) {
					in.error("exitDate", "people.error.required");
				}
				errors.addAll(in.errors());
				if (in.errors().isEmpty()) {
					rows.add(new Row(p, exit, situation, Inputs.blank(rec.get("exitReason")) ? null
							: rec.get("exitReason"), w4, w4s, m6, m6s, imp));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			errors.add(FieldError.atLine(1, "file", "people.error.csv"));
		}
		int active = repo.countEnrolled(programmeId);
		int line = 1;
		for (Row r : rows) {
			line++;
			if (r.exit() == null && ++active > programme.places()) {
				errors.add(FieldError.atLine(line, "entryDate", "people.error.full"));
				break;
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		for (Row r : rows) {
			Participant p = ParticipantService.copy(r.participant(),
					r.exit() == null ? EnrolmentStatus.ENROLLED : EnrolmentStatus.EXITED, r.participant().entryDate());
			long id = repo.insert(p);
			if (r.exit() != null) {
				repo.exit(id, r.exit(), r.reason(), r.situation());
				for (FollowUpKind kind : FollowUpKind.values()) {
					repo.addFollowUp(id, kind, kind.dueAfter(r.exit()));
				}
				for (FollowUp f : repo.followUps(id)) {
					if (f.kind() == FollowUpKind.WEEKS_4 && r.w4() != null) {
						repo.recordFollowUp(f.id(), r.w4(), r.w4Situation(), null, null);
					}
					if (f.kind() == FollowUpKind.MONTHS_6 && r.m6() != null) {
						repo.recordFollowUp(f.id(), r.m6(), r.m6Situation(), r.m6Improvement(), null);
					}
				}
			}
			audit.record(AuditAction.CREATE, ParticipantService.SUBJECT, id, p.pseudonym(), "import");
		}
		return rows.size();
	}

	private static List<String> split(@Nullable String s) {
		if (s == null || s.isBlank()) {
			return List.of();
		}
		return Arrays.stream(s.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toList();
	}
}
