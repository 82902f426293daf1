package se.kompetensnav.energy;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The register of heat sources and sinks and their matching. Writes validate first and throw
 * {@link se.kompetensnav.common.InvalidInputException} naming the field (e.g. a negative floor area, a temperature
 * lift no heat pump makes); nothing is stored then.
 */
public interface EnergyRegister {

	default HeatSource addSource(NewSource source) {
		return addSource(source, null);
	}

	default HeatSink addSink(NewSink sink) {
		return addSink(sink, null);
	}

	/**
	 * Registers a source with its hourly profile (null: monthly or flat) in one transaction: the profile's year of
	 * heat replaces the entered annual MWh.
	 */
	HeatSource addSource(NewSource source, @Nullable HourlyProfile profile);

	/**
	 * Registers a sink with its hourly profile (null: the model or the kind's default) in one transaction: the
	 * profile's year of demand replaces the entered annual MWh and its peak the design load.
	 */
	HeatSink addSink(NewSink sink, @Nullable HourlyProfile profile);

	/** Sets (replaces) a source's hourly profile; its annual MWh becomes the profile's. */
	HeatSource setSourceProfile(long sourceId, HourlyProfile profile);

	/** Sets (replaces) a sink's hourly profile; its annual MWh and design load become the profile's. */
	HeatSink setSinkProfile(long sinkId, HourlyProfile profile);

	Optional<HourlyProfile> sourceProfile(long sourceId);

	Optional<HourlyProfile> sinkProfile(long sinkId);

	/** Throws {@link se.kompetensnav.common.NotFoundException} when there is none. */
	HeatSource source(long id);

	/**
	 * One source shared by several sinks, hour by hour ({@link HeatAllocation}). {@code sinkIds} empty: the sinks
	 * whose best match it is. A listed sink for which the source is no candidate (out of reach, impossible lift,
	 * nothing matched) is refused at the field {@code sink}.
	 */
	HeatAllocation.Result allocation(long sourceId, HeatAllocation.Rule rule, List<Long> sinkIds);

	/** Every source that is the best match of two sinks or more, with its allocation by the rule. */
	List<HeatAllocation.Result> sharedSources(HeatAllocation.Rule rule);

	/**
	 * The whole register dispatched together ({@link HeatDispatch}): each source serves the sinks whose best match it
	 * is in merit order, and a sink left short takes what its second-best source has left over.
	 */
	HeatDispatch.Result dispatch();

	List<HeatSource> sources();

	List<HeatSink> sinks();

	/** Throws {@link se.kompetensnav.common.NotFoundException} when there is none. */
	HeatSink sink(long id);

	/** The sink's sources ranked, matched hour by hour (8,760 steps) with the current parameters. */
	SinkReport matches(long sinkId);

	/** Every sink's report (for the map). */
	List<SinkReport> allMatches();
}
