package se.kompetensnav.people.esf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import se.kompetensnav.people.Answer;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.internal.CaseAccess;
import se.kompetensnav.people.internal.PeopleSettings;
import se.kompetensnav.people.internal.ProgrammeRepository;

/**
 * The ESF+ report of a programme for a period, its CSV and xlsx exports. Aggregates only: open to the programme's
 * consultants and unit managers and to regional analysts and admins. Reading the participants for it is audited
 * once per report.
 */
@Service
@Transactional(readOnly = true)
public class EsfReportService {

	private final JdbcClient jdbc;

	private final ProgrammeRepository programmes;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final PeopleSettings settings;

	private final MessageSource messages;

	EsfReportService(JdbcClient jdbc, ProgrammeRepository programmes, CurrentUsers users, AuditLog audit,
			PeopleSettings settings, MessageSource messages) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.users = users;
		this.audit = audit;
		this.settings = settings;
		this.messages = messages;
	}

	/** Parses the period; both dates are required and {@code from} must not be after {@code to}. */
	public static LocalDate[] period(@Nullable String from, @Nullable String to) {
		LocalDate f = null;
		LocalDate t = null;
		List<FieldError> errors = new java.util.ArrayList<>();
		try {
			f = LocalDate.parse(from == null ? "" : from.trim());
		}
		catch (RuntimeException e) {
			errors.add(FieldError.of("from", "people.error.date"));
		}
		try {
			t = LocalDate.parse(to == null ? "" : to.trim());
		}
		catch (RuntimeException e) {
			errors.add(FieldError.of("to", "people.error.date"));
		}
		if (f != null && t != null && t.isBefore(f)) {
			errors.add(FieldError.of("to", "people.error.endBeforeStart"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new LocalDate[] { f, t };
	}

	public Programme programme(long programmeId) {
		CurrentUser user = users.current().orElse(null);
		Programme p = programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
		boolean allowed = user != null && (user.hasAny(Role.ANALYST, Role.ADMIN)
				|| user.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER) && user.canSeeUnit(p.unitId()));
		if (!allowed) {
			throw new NotFoundException("programme", programmeId);
		}
		return p;
	}

	@Transactional
	public EsfReport report(long programmeId, LocalDate from, LocalDate to) {
		Programme p = programme(programmeId);
		List<EsfParticipant> participants = rows(programmeId).stream().map(Row::participant).toList();
		audit.record(AuditAction.READ, "programme", programmeId, null, "ESF+ report",
				"aggregates of " + participants.size() + " participants, " + from + ".." + to);
		return new EsfReport(p.name(), from, to, EsfIndicators.compute(participants, from, to, settings.ltuRule()));
	}

	/** One participant behind a figure, for those who may see them. */
	public record Person(long id, String name) {
	}

	record Row(long id, long unitId, @Nullable Long consultantId, String name, EsfParticipant participant) {
	}

	/**
	 * The participants behind one indicator's figure that the user may see (consultants: their own; unit managers:
	 * their unit's). Analysts and others see none. Each listed participant is audited.
	 */
	@Transactional
	public List<Person> drillDown(long programmeId, String code, LocalDate from, LocalDate to) {
		Programme p = programme(programmeId);
		if (!EsfIndicators.CODES.contains(code)) {
			throw new NotFoundException("indicator", code);
		}
		CurrentUser user = users.require();
		List<Person> out = new java.util.ArrayList<>();
		for (Row r : rows(p.id())) {
			if (CaseAccess.canSee(user, r.unitId(), r.consultantId())
					&& EsfIndicators.counts(code, r.participant(), from, to, settings.ltuRule())) {
				audit.record(AuditAction.SEARCH, "participant", r.id(), null, "ESF+ report drill-down", code);
				out.add(new Person(r.id(), r.name()));
			}
		}
		return out;
	}

	List<Row> rows(long programmeId) {
		return jdbc.sql("""
				select p.id, p.unit_id, p.consultant_id, p.given_name, p.family_name, p.gender, p.birth_date, p.entry_date, p.exit_date, p.lm_status, p.unemployed_since, p.sun_level,
				       p.disability, p.third_country, p.foreign_background, p.minority, p.homeless, p.rural_area,
				       p.exit_situation, f.situation as situation_6m, f.improvement
				from ppl_participant p
				left join ppl_follow_up f on f.participant_id = p.id and f.kind = 'MONTHS_6' and f.done_on is not null
				where p.programme_id = ? and p.culled_at is null and p.entry_date is not null""").param(programmeId)
			.query((rs, n) -> {
				String sun = rs.getString("sun_level");
				long consultant = rs.getLong("consultant_id");
				Long consultantId = rs.wasNull() ? null : consultant;
				return new Row(rs.getLong("id"), rs.getLong("unit_id"), consultantId,
						rs.getString("given_name") + " " + rs.getString("family_name"), new EsfParticipant(Gender.valueOf(rs.getString("gender")), rs.getDate("birth_date").toLocalDate(),
						local(rs.getDate("entry_date")), local(rs.getDate("exit_date")),
						LabourMarketStatus.valueOf(rs.getString("lm_status")), local(rs.getDate("unemployed_since")),
						sun == null ? null : SunLevel.valueOf(sun).isced(), answer(rs.getString("disability")),
						answer(rs.getString("third_country")), answer(rs.getString("foreign_background")),
						answer(rs.getString("minority")), answer(rs.getString("homeless")), rs.getBoolean("rural_area"),
						value(ExitSituation.class, rs.getString("exit_situation")),
						value(ExitSituation.class, rs.getString("situation_6m")),
						value(Improvement.class, rs.getString("improvement"))));
			}).list();
	}

	public byte[] csv(EsfReport report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader("code", "indicator", "women", "men", "nonBinary", "total").get().print(w)) {
			for (IndicatorRow r : report.indicators()) {
				csv.printRecord(r.code(), label(r.code(), locale), r.women(), r.men(), r.nonBinary(), r.total());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public byte[] xlsx(EsfReport report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kompetensnav", "1.0")) {
			Worksheet ws = wb.newWorksheet("ESF+");
			ws.value(0, 0, report.programme());
			ws.value(1, 0, report.from().toString());
			ws.value(1, 1, report.to().toString());
			String[] header = { "code", "indicator", "women", "men", "nonBinary", "total" };
			for (int c = 0; c < header.length; c++) {
				ws.value(3, c, header[c]);
				ws.style(3, c).bold().set();
			}
			int row = 4;
			for (IndicatorRow r : report.indicators()) {
				ws.value(row, 0, r.code());
				ws.value(row, 1, label(r.code(), locale));
				ws.value(row, 2, r.women());
				ws.value(row, 3, r.men());
				ws.value(row, 4, r.nonBinary());
				ws.value(row, 5, r.total());
				row++;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public String label(String code, Locale locale) {
		return messages.getMessage("people.esf." + code, null, code, locale);
	}

	private static @Nullable LocalDate local(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	private static @Nullable Answer answer(@Nullable String s) {
		return value(Answer.class, s);
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String s) {
		return s == null ? null : Enum.valueOf(type, s);
	}
}
