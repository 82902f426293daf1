package se.kompetensnav.energy;

import java.util.List;

/**
 * The register of heat sources and sinks and their matching. Writes validate first and throw
 * {@link se.kompetensnav.common.InvalidInputException} naming the field (e.g. a negative floor area, a temperature
 * lift no heat pump makes); nothing is stored then.
 */
public interface EnergyRegister {

	HeatSource addSource(NewSource source);

	HeatSink addSink(NewSink sink);

	List<HeatSource> sources();

	List<HeatSink> sinks();

	/** Throws {@link se.kompetensnav.common.NotFoundException} when there is none. */
	HeatSink sink(long id);

	/** The sink's sources ranked, matched hour by hour (8,760 steps) with the current parameters. */
	SinkReport matches(long sinkId);

	/** Every sink's report (for the map). */
	List<SinkReport> allMatches();
}
