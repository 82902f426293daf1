package se.kompetensnav.effects.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.effects.model.ActivityKind;
import se.kompetensnav.effects.model.LedgerInput;
import se.kompetensnav.people.ActivityType;
import se.kompetensnav.people.Participants;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.Programmes;
import se.kompetensnav.people.StatisticalRecord;

/**
 * The effect report of a programme of the people module, from its participants' recorded outcomes: the adapter
 * between the people module's pseudonymised statistical records (current and culled participations) and the
 * ledger model. Only those who may see the programme's aggregated figures (unit manager or analyst of the owning
 * unit, admin) get a report, and it holds counts and sums only.
 */
@Service
public class ProgrammeEffects {

	/** Years from each participant's entry that a programme report covers unless asked otherwise. */
	public static final int DEFAULT_YEARS = 5;

	private final Programmes programmes;

	private final Participants participants;

	private final EffectCalculations calculations;

	ProgrammeEffects(Programmes programmes, Participants participants, EffectCalculations calculations) {
		this.programmes = programmes;
		this.participants = participants;
		this.calculations = calculations;
	}

	/** The programmes whose effect report the signed-in user may see. */
	public List<Programme> programmes() {
		return programmes.forAggregates();
	}

	/** One of them; NotFoundException (audited DENIED) when out of scope. */
	public Programme programme(long programmeId) {
		return programmes.forAggregates(programmeId);
	}

	/** Computes and stores the programme's report with the current parameters and outcomes. */
	@Transactional(noRollbackFor = NotFoundException.class)
	public StoredCalculation run(long programmeId, ProgrammeReportRequest req) {
		Programme p = programmes.forAggregates(programmeId);
		List<LedgerInput> inputs = ledgers(participants.statisticalRecords(programmeId));
		return calculations.runProgramme(new ProgrammeRequest(p.name(), req.year(),
				req.years() == null ? DEFAULT_YEARS : req.years(), inputs, req.deadweight(), req.displacement(),
				req.attribution(), req.dropOff(), req.discountRate()), p);
	}

	/** One ledger input per participation with an entry date (people on the waiting list have none). */
	static List<LedgerInput> ledgers(List<StatisticalRecord> records) {
		List<LedgerInput> out = new ArrayList<>();
		for (StatisticalRecord r : records) {
			LedgerInput in = PeopleOutcomeMapping.ledger(r.pseudonym(), r.ageAtEntry(), r.entryDate(), r.exitDate(),
					r.statusAtEntry().name(), r.incomeAtEntry() == null ? null : r.incomeAtEntry().name(),
					name(r.onLeaving()), name(r.afterFourWeeks()), name(r.afterSixMonths()), hours(r.activityHours()));
			if (in != null) {
				out.add(in);
			}
		}
		return out;
	}

	static Map<ActivityKind, Double> hours(Map<ActivityType, Double> byType) {
		Map<ActivityKind, Double> hours = new EnumMap<>(ActivityKind.class);
		byType.forEach((type, h) -> {
			ActivityKind kind = PeopleOutcomeMapping.activity(type.name());
			if (kind != null && h != null) {
				hours.merge(kind, h, Double::sum);
			}
		});
		return hours;
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}
}
