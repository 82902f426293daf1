package se.kompetensnav.planning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A further scenario of an establishment: another ramp-up, other bands or shares. */
public record NewScenario(String name, List<JobsYear> rampUp, @Nullable Overrides overrides) {
}
