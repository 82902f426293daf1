package se.kompetensnav.effects.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.effects.model.LedgerInput;

/**
 * A programme or cohort report from its participants' actual outcomes (pseudonymous references only).
 *
 * @param years how many years from each participant's entry the report covers (1-20)
 */
public record ProgrammeRequest(@Nullable String programme, @Nullable Integer year, int years,
		@Nullable List<LedgerInput> participants, @Nullable Double deadweight, @Nullable Double displacement,
		@Nullable Double attribution, @Nullable Double dropOff, @Nullable Double discountRate) {
}
