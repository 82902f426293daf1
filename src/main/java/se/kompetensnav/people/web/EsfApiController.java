package se.kompetensnav.people.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.people.esf.EsfReport;
import se.kompetensnav.people.esf.EsfReportService;
import se.kompetensnav.people.esf.MonthlyParticipantExport;

@RestController
@Tag(name = "ESF+ report", description = "ESF+ common indicators EECO01-EECO19 and EECR01-EECR06 by gender")
class EsfApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final EsfReportService reports;

	private final MonthlyParticipantExport monthly;

	EsfApiController(EsfReportService reports, MonthlyParticipantExport monthly) {
		this.reports = reports;
		this.monthly = monthly;
	}

	@GetMapping("/api/programmes/{id}/monthly-participants")
	@Operation(summary = "The monthly participant file for the statistics authority (CSV, month=YYYY-MM; unit "
			+ "managers; every row audited)")
	ResponseEntity<String> monthlyParticipants(@PathVariable long id, @RequestParam(required = false) String month) {
		java.time.YearMonth m = MonthlyParticipantExport.month(month);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("participants-" + id + "-" + m + ".csv").build().toString())
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(monthly.csv(id, m));
	}

	@GetMapping("/api/programmes/{id}/esf-report")
	@Operation(summary = "The ESF+ indicators of a programme for a period (dates inclusive, YYYY-MM-DD)")
	EsfReport report(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		LocalDate[] period = EsfReportService.period(from, to);
		return reports.report(id, period[0], period[1]);
	}

	@GetMapping("/api/programmes/{id}/esf-report/{code}/participants")
	@Operation(summary = "The participants behind one indicator that the caller may see (audited)")
	java.util.List<EsfReportService.Person> drillDown(@PathVariable long id, @PathVariable String code,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate[] period = EsfReportService.period(from, to);
		return reports.drillDown(id, code, period[0], period[1]);
	}

	@GetMapping("/api/programmes/{id}/esf-report/export")
	@Operation(summary = "The ESF+ report as CSV (format=csv) or Excel (format=xlsx)")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		LocalDate[] period = EsfReportService.period(from, to);
		EsfReport report = reports.report(id, period[0], period[1]);
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		String filename = "esf-report-" + id + "-" + period[0] + "-" + period[1] + (xlsx ? ".xlsx" : ".csv");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(xlsx ? reports.xlsx(report, locale) : reports.csv(report, locale));
	}
}
