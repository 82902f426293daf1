package se.kompetensnav.planning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An establishment to enter, with its first scenario's ramp-up and overrides. */
public record NewEstablishment(String name, String municipalityCode, String sector, List<JobsYear> rampUp,
		@Nullable Overrides overrides) {
}
