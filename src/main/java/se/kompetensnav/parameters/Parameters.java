package se.kompetensnav.parameters;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Read and change parameters. */
public interface Parameters {

	/**
	 * The current value of {@code key} for {@code year}: the newest version of the greatest year not after
	 * {@code year} (so a 2024 value serves 2025 until a 2025 value exists). Throws when the key has no value.
	 */
	ParameterValue get(String key, int year);

	/** The current values of several keys for one year, by key: record their versions with a calculation. */
	Map<String, ParameterValue> snapshot(Collection<String> keys, int year);

	/** Every key's current values, for the parameter pages. */
	List<ParameterValue> current(String keyPrefix);

	/** All versions of one key and year, newest first. */
	List<ParameterValue> history(String key, int year);

	/** Sets a new version (admins only); the earlier versions are kept. */
	ParameterValue change(String key, int year, BigDecimal value, String source, @Nullable String note);
}
