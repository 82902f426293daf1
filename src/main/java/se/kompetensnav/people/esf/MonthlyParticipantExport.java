package se.kompetensnav.people.esf;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.internal.ProgrammeRepository;

/**
 * The monthly participant file for the statistics authority (in Sweden the project owner reports participants to
 * SCB every month; results come from registers, so the file carries the personnummer). Participants active at some
 * time in the month. Unit managers of the owning unit only; every exported participant is audited (EXPORT).
 * Columns: operationId, participantRef (pseudonym), personnummer, birthDate, gender, entryDate, exitDate,
 * labourMarketStatus, iscedBand, exitSituation.
 */
@Service
public class MonthlyParticipantExport {

	public static final String[] HEADER = { "operationId", "participantRef", "personnummer", "birthDate", "gender",
			"entryDate", "exitDate", "labourMarketStatus", "iscedBand", "exitSituation" };

	private final JdbcClient jdbc;

	private final ProgrammeRepository programmes;

	private final CurrentUsers users;

	private final AuditLog audit;

	MonthlyParticipantExport(JdbcClient jdbc, ProgrammeRepository programmes, CurrentUsers users, AuditLog audit) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.users = users;
		this.audit = audit;
	}

	public static YearMonth month(@Nullable String month) {
		try {
			return YearMonth.parse(month == null ? "" : month.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(FieldError.of("month", "people.error.month"));
		}
	}

	@Transactional
	public String csv(long programmeId, YearMonth month) {
		CurrentUser user = users.current().orElse(null);
		Programme p = programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
		if (user == null || !user.has(Role.UNIT_MANAGER) || !user.canSeeUnit(p.unitId())) {
			throw new NotFoundException("programme", programmeId);
		}
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
			for (var row : jdbc.sql("""
					select id, pseudonym, personnummer, birth_date, gender, entry_date, exit_date, lm_status, sun_level,
					       exit_situation
					from ppl_participant where programme_id = ? and culled_at is null and entry_date is not null
					  and entry_date <= ? and (exit_date is null or exit_date >= ?) order by entry_date, id""")
				.params(programmeId, Date.valueOf(last), Date.valueOf(first)).query().listOfRows()) {
				String sun = (String) row.get("sun_level");
				csv.printRecord(p.operationId(), row.get("pseudonym"), row.get("personnummer"),
						row.get("birth_date"), row.get("gender"), row.get("entry_date"), row.get("exit_date"),
						row.get("lm_status"), sun == null ? null : SunLevel.valueOf(sun).isced(),
						row.get("exit_situation"));
				audit.record(AuditAction.EXPORT, "participant", row.get("id"), row.get("pseudonym"),
						"monthly report to the statistics authority", month.toString());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}
