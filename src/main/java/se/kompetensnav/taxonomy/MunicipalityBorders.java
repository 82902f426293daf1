package se.kompetensnav.taxonomy;

import java.util.Optional;

/** Municipality borders as GeoJSON (WGS84), from the shipped boundary file. */
public interface MunicipalityBorders {

	/** One municipality's border as a GeoJSON Feature. */
	Optional<String> border(String kommunkod);

	/** Every border as one GeoJSON FeatureCollection. */
	String all();
}
