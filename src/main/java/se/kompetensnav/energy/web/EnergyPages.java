package se.kompetensnav.energy.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.energy.EnergyRegister;
import se.kompetensnav.energy.HeatAllocation;
import se.kompetensnav.energy.HeatDispatch;
import se.kompetensnav.energy.HeatSink;
import se.kompetensnav.energy.HourlyProfile;
import se.kompetensnav.energy.HourlyProfileCsv;
import se.kompetensnav.energy.NewSink;
import se.kompetensnav.energy.NewSource;
import se.kompetensnav.energy.SinkKind;
import se.kompetensnav.energy.SinkReport;
import se.kompetensnav.energy.SourceKind;
import se.kompetensnav.web.FormErrors;
import tools.jackson.databind.json.JsonMapper;

/** The register with its map, the forms, and a sink's page (heat, matches, training places and produce). */
@Controller
@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN','CONSULTANT')")
class EnergyPages {

	static final String INDEX = "energy/index";

	static final String SINK = "energy/sink";

	private final EnergyRegister register;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	private final FormErrors formErrors;

	EnergyPages(EnergyRegister register, MessageSource messages, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/energy")
	String index(Model model) {
		return show(model, Map.of("municipalityCode", "2582", "kind", "DATA_CENTRE"),
				Map.of("municipalityCode", "2582", "kind", "GREENHOUSE"), Map.of(), Map.of());
	}

	@PostMapping("/energy/sources")
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	String addSource(@RequestParam Map<String, String> params,
			@RequestParam(name = "hourlyProfile", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		try {
			FormInput in = new FormInput(params);
			HourlyProfile profile = profile(file, in);
			NewSource s = new NewSource(in.text("name"), in.choice("kind", SourceKind.class),
					in.text("municipalityCode"), in.required("lat"), in.required("lon"), in.required("temperature"),
					in.number("annualMwh"), in.number("itPowerKw"), in.number("outletTemperature"), null);
			in.check();
			register.addSource(s, profile);
			return "redirect:/energy";
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalidSource", true);
			return show(model, params, Map.of("municipalityCode", "2582", "kind", "GREENHOUSE"), errors(e), Map.of());
		}
	}

	@PostMapping("/energy/sinks")
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	String addSink(@RequestParam Map<String, String> params,
			@RequestParam(name = "hourlyProfile", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		try {
			FormInput in = new FormInput(params);
			HourlyProfile profile = profile(file, in);
			NewSink s = new NewSink(in.text("name"), in.choice("kind", SinkKind.class), in.text("municipalityCode"),
					in.required("lat"), in.required("lon"), in.required("temperature"), in.number("annualMwh"),
					in.number("floorArea"), in.number("setpoint"), null, in.optionalText("trainingProgramme"),
					in.integer("trainingPlaces"), in.optionalText("produce"), in.number("produceTonnes"));
			in.check();
			HeatSink sink = register.addSink(s, profile);
			return "redirect:/energy/sinks/" + sink.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalidSink", true);
			return show(model, Map.of("municipalityCode", "2582", "kind", "DATA_CENTRE"), params, Map.of(),
					errors(e));
		}
	}

	/** The uploaded hourly profile, if any; its errors join the form's. */
	private static @Nullable HourlyProfile profile(@Nullable MultipartFile file, FormInput in) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return HourlyProfileCsv.parse(EnergyApi.text(file), "hourlyProfile");
		}
		catch (InvalidInputException e) {
			in.addAll(e.errors());
			return null;
		}
	}

	@PostMapping("/energy/sinks/{id}/profile")
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	String sinkProfile(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			HttpServletRequest request, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException(FieldError.of("hourlyProfile", "validation.required"));
			}
			register.setSinkProfile(id, HourlyProfileCsv.parse(EnergyApi.text(file), "hourlyProfile"));
			return "redirect:/energy/sinks/" + id;
		}
		catch (InvalidInputException e) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("profileErrors", e.errors().stream().map(x -> formErrors.text(x, locale)).toList());
			return sink(id, HeatAllocation.Rule.MERIT_ORDER, request, model);
		}
	}

	private String show(Model model, Map<String, String> sourceValues, Map<String, String> sinkValues,
			Map<String, String> sourceErrors, Map<String, String> sinkErrors) {
		model.addAttribute("sources", register.sources());
		model.addAttribute("sinks", register.sinks());
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("sinkKinds", SinkKind.values());
		model.addAttribute("sourceValues", sourceValues);
		model.addAttribute("sinkValues", sinkValues);
		model.addAttribute("sourceErrors", sourceErrors);
		model.addAttribute("sinkErrors", sinkErrors);
		return INDEX;
	}

	@GetMapping("/energy/sinks/{id}")
	String sink(@PathVariable long id, @RequestParam(defaultValue = "MERIT_ORDER") HeatAllocation.Rule rule,
			HttpServletRequest request, Model model) {
		SinkReport report = register.matches(id);
		model.addAttribute("canEdit", request.isUserInRole("UNIT_MANAGER") || request.isUserInRole("ANALYST")
				|| request.isUserInRole("ADMIN"));
		HeatAllocation.Result shared = null;
		if (!report.ranked().isEmpty()) {
			HeatAllocation.Result a = register.allocation(report.ranked().getFirst().sourceId(), rule, List.of());
			if (a.sinks().size() >= 2) {
				shared = a;
			}
		}
		model.addAttribute("shared", shared);
		HeatDispatch.SinkResult dispatched = report.ranked().size() < 2 ? null : register.dispatch().sink(id);
		model.addAttribute("fallback", dispatched == null || dispatched.fallbackSourceId() == null ? null : dispatched);
		model.addAttribute("report", report);
		model.addAttribute("sink", report.sink());
		model.addAttribute("best", report.ranked().isEmpty() ? null : report.ranked().getFirst());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("chart", json.writeValueAsString(Map.of("labels",
				List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).stream()
					.map(m -> messages.getMessage("energy.month." + m, null, locale)).toList(),
				"datasets", List.of(Map.of("label", messages.getMessage("energy.sink.monthlyMwh", null, locale), "data",
						report.sink().monthlyMwh().stream().map(v -> Math.round(v * 10) / 10.0).toList())))));
		return SINK;
	}

	private Map<String, String> errors(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> out = new LinkedHashMap<>();
		for (FieldError e : ex.errors()) {
			out.merge(e.field(), formErrors.text(e, locale), (a, b) -> a + "; " + b);
		}
		return out;
	}
}
