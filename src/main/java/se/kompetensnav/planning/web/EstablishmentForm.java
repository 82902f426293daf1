package se.kompetensnav.planning.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.planning.JobsYear;
import se.kompetensnav.planning.Overrides;

/** The establishment (or scenario) form as typed: strings, parsed here so that bad numbers name their field. */
public class EstablishmentForm {

	static final int ROWS = 10;

	private String name = "";

	private String municipalityCode = "2582";

	private String sector = "";

	private String startYear = "";

	private List<String> construction = blanks();

	private List<String> operation = blanks();

	private String multiplierLow = "";

	private String multiplierCentral = "";

	private String multiplierHigh = "";

	private String localPercent = "";

	private String inCommuterPercent = "";

	private String moverPercent = "";

	private static List<String> blanks() {
		List<String> l = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			l.add("");
		}
		return l;
	}

	/** The ramp-up and the form row of each entry, or the parse errors. */
	record Parsed(List<JobsYear> rampUp, List<Integer> rowOf, Overrides overrides) {

		/** The model's field names mapped to this form's. */
		String formField(String field) {
			for (String p : new String[] { "construction", "operation", "year" }) {
				if (field.startsWith(p + "[")) {
					int i = Integer.parseInt(field.substring(p.length() + 1, field.length() - 1));
					int row = i < rowOf.size() ? rowOf.get(i) : 0;
					return p.equals("year") ? "startYear" : p + row;
				}
			}
			return switch (field) {
				case "shareLocal" -> "localPercent";
				case "shareInCommuters" -> "inCommuterPercent";
				case "shareMovers" -> "moverPercent";
				default -> field;
			};
		}
	}

	Parsed parse() {
		List<FieldError> errors = new ArrayList<>();
		Integer start = null;
		try {
			start = Integer.parseInt(startYear.strip());
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.of("startYear", "validation.number"));
		}
		List<JobsYear> ramp = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String c = at(construction, i);
			String o = at(operation, i);
			if (c.isBlank() && o.isBlank()) {
				continue;
			}
			Double cv = number(errors, "construction" + i, c);
			Double ov = number(errors, "operation" + i, o);
			if (start != null && cv != null && ov != null) {
				ramp.add(new JobsYear(start + i, cv, ov));
				rowOf.add(i);
			}
		}
		Overrides overrides = new Overrides(number(errors, "multiplierLow", multiplierLow),
				number(errors, "multiplierCentral", multiplierCentral),
				number(errors, "multiplierHigh", multiplierHigh), number(errors, "localPercent", localPercent),
				number(errors, "inCommuterPercent", inCommuterPercent),
				number(errors, "moverPercent", moverPercent));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Parsed(ramp, rowOf, overrides);
	}

	private static String at(List<String> l, int i) {
		return i < l.size() && l.get(i) != null ? l.get(i) : "";
	}

	private static Double number(List<FieldError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return field.startsWith("construction") || field.startsWith("operation") ? 0.0 : null;
		}
		try {
			return Double.parseDouble(text.strip().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.of(field, "validation.number"));
			return null;
		}
	}

	/** For re-showing the form: field → messages. */
	static Map<String, String> none() {
		return new HashMap<>();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getStartYear() {
		return startYear;
	}

	public void setStartYear(String startYear) {
		this.startYear = startYear;
	}

	public List<String> getConstruction() {
		return construction;
	}

	public void setConstruction(List<String> construction) {
		this.construction = pad(construction);
	}

	public List<String> getOperation() {
		return operation;
	}

	public void setOperation(List<String> operation) {
		this.operation = pad(operation);
	}

	private static List<String> pad(List<String> l) {
		List<String> out = new ArrayList<>(l == null ? List.of() : l);
		while (out.size() < ROWS) {
			out.add("");
		}
		return out;
	}

	public String getMultiplierLow() {
		return multiplierLow;
	}

	public void setMultiplierLow(String v) {
		this.multiplierLow = v;
	}

	public String getMultiplierCentral() {
		return multiplierCentral;
	}

	public void setMultiplierCentral(String v) {
		this.multiplierCentral = v;
	}

	public String getMultiplierHigh() {
		return multiplierHigh;
	}

	public void setMultiplierHigh(String v) {
		this.multiplierHigh = v;
	}

	public String getLocalPercent() {
		return localPercent;
	}

	public void setLocalPercent(String v) {
		this.localPercent = v;
	}

	public String getInCommuterPercent() {
		return inCommuterPercent;
	}

	public void setInCommuterPercent(String v) {
		this.inCommuterPercent = v;
	}

	public String getMoverPercent() {
		return moverPercent;
	}

	public void setMoverPercent(String v) {
		this.moverPercent = v;
	}
}
