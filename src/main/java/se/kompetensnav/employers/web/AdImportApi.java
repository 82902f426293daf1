package se.kompetensnav.employers.web;

import java.io.IOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.employers.AdImport;
import se.kompetensnav.employers.AdImportReport;

@RestController
@RequestMapping("/api/ads")
@Tag(name = "Job ads", description = "Import of JobTech JobSearch/JobStream job ads into opportunities")
class AdImportApi {

	private final AdImport adImport;

	AdImportApi(AdImport adImport) {
		this.adImport = adImport;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import ads from an uploaded JSON file (JobSearch result, JobStream array or one ad)")
	AdImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return adImport.importJson(file.getBytes());
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import ads posted as JSON (JobSearch result, JobStream array or one ad)")
	AdImportReport importBody(@RequestBody byte[] body) {
		return adImport.importJson(body);
	}

	@GetMapping("/source")
	Map<String, String> source() {
		return Map.of("url", adImport.sourceUrl());
	}

	@PutMapping("/source")
	@Operation(summary = "Set the URL ads are fetched from (admins); an empty url clears it")
	Map<String, String> setSource(@RequestBody Map<String, @Nullable String> body) {
		adImport.setSourceUrl(body.get("url"));
		return Map.of("url", adImport.sourceUrl());
	}

	@PostMapping("/import-url")
	@Operation(summary = "Fetch ads from the configured URL and import them (admins)")
	AdImportReport importFromSource() {
		return adImport.importFromSource();
	}
}
