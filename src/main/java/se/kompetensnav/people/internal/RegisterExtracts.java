package se.kompetensnav.people.internal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.people.KeyCompetence;
import se.kompetensnav.people.internal.PlanItems.Activity;
import se.kompetensnav.people.internal.PlanItems.Assessment;
import se.kompetensnav.people.internal.PlanItems.Contact;
import se.kompetensnav.people.internal.PlanItems.Goal;

/**
 * The registerutdrag (GDPR Art. 15): everything the module holds about one participant, unmasked, as JSON and PDF.
 * Produced by someone who may see the participant, on the participant's request; audited as EXPORT.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class RegisterExtracts {

	/** The extract. */
	public record Registerutdrag(Instant generatedAt, ParticipantView participant, PlanService.Plan plan) {
	}

	private final ParticipantService participants;

	private final PlanService plans;

	private final MessageSource messages;

	private final Clock clock;

	RegisterExtracts(ParticipantService participants, PlanService plans, MessageSource messages, Clock clock) {
		this.participants = participants;
		this.plans = plans;
		this.messages = messages;
		this.clock = clock;
	}

	public Registerutdrag extract(long participantId) {
		ParticipantView view = participants.fullView(participantId);
		Participant p = participants.forUpdate(participantId);
		return new Registerutdrag(clock.instant(), view, plans.planOf(p));
	}

	public byte[] pdf(Registerutdrag r, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document();
		PdfWriter.getInstance(doc, out);
		doc.open();
		Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
		Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
		ParticipantView p = r.participant();
		doc.add(new Paragraph(msg("people.extract.title", locale) + ": " + p.name(), h1));
		doc.add(new Paragraph(msg("people.extract.generated", locale) + " " + r.generatedAt()));
		doc.add(new Paragraph(" "));
		PdfPTable facts = new PdfPTable(2);
		row(facts, msg("people.field.personnummerShown", locale), p.personnummer());
		row(facts, msg("people.field.birthDate", locale), p.birthDate());
		row(facts, msg("people.field.gender", locale), msg("people.gender." + p.gender(), locale));
		row(facts, msg("people.field.municipalityCode", locale), p.municipalityCode());
		row(facts, msg("people.field.sunLevel", locale), p.sunLevel() == null ? null : msg("people.sun." + p.sunLevel(), locale));
		row(facts, msg("people.field.labourMarketStatus", locale), msg("people.lm." + p.labourMarketStatus(), locale));
		row(facts, msg("people.field.unemployedSince", locale), p.unemployedSince());
		row(facts, msg("people.field.incomeSource", locale), msg("people.income." + p.incomeSource(), locale));
		row(facts, msg("people.field.targetGroups", locale), p.targetGroups());
		row(facts, msg("people.field.languages", locale), String.join(", ", p.languages()));
		row(facts, msg("people.col.programme", locale), p.programmeName());
		row(facts, msg("people.col.entry", locale), p.entryDate());
		row(facts, msg("people.col.exit", locale), p.exitDate());
		row(facts, msg("people.field.situation", locale),
				p.exitSituation() == null ? null : msg("people.exit." + p.exitSituation(), locale));
		if (p.sensitive() != null) {
			var s = p.sensitive();
			Map<String, Object> answers = new java.util.LinkedHashMap<>();
			answers.put("health", s.health());
			answers.put("disability", s.disability());
			answers.put("foreignBackground", s.foreignBackground());
			answers.put("thirdCountryNational", s.thirdCountryNational());
			answers.put("minority", s.minority());
			answers.put("homeless", s.homeless());
			answers.forEach((k, v) -> row(facts, msg("people.field." + k, locale),
					v == null ? msg("people.answer.notAsked", locale) : msg("people.answer." + v, locale)));
		}
		doc.add(facts);
		doc.add(new Paragraph(msg("people.participant.goals", locale), h2));
		for (Goal g : r.plan().goals()) {
			doc.add(new Paragraph("• " + g.title() + " (" + msg("people.goalStatus." + g.status(), locale) + ")"));
		}
		doc.add(new Paragraph(msg("people.participant.activities", locale), h2));
		for (Activity a : r.plan().activities()) {
			doc.add(new Paragraph("• " + a.startsOn() + " " + msg("people.activity." + a.type(), locale) + ": "
					+ a.title()));
		}
		doc.add(new Paragraph(msg("people.participant.contacts", locale), h2));
		for (Contact c : r.plan().contacts()) {
			doc.add(new Paragraph("• " + c.date() + ": " + c.summary()
					+ (c.nextSteps() == null ? "" : " → " + c.nextSteps())));
		}
		doc.add(new Paragraph(msg("people.participant.assessments", locale), h2));
		for (Assessment a : r.plan().assessments()) {
			StringBuilder sb = new StringBuilder("• " + a.assessedOn() + " "
					+ msg("people.assessor." + a.assessor(), locale) + ":");
			for (KeyCompetence kc : KeyCompetence.values()) {
				sb.append(" KC").append(kc.ordinal() + 1).append('=').append(a.scores().get(kc));
			}
			doc.add(new Paragraph(sb.toString()));
		}
		doc.close();
		return out.toByteArray();
	}

	private static void row(PdfPTable table, String label, Object value) {
		table.addCell(label);
		table.addCell(value == null ? "–" : value.toString());
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
