package se.kompetensnav.employers.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.employers.AdImport;

@Controller
@RequestMapping("/employers/ads")
class AdImportPages {

	private final AdImport adImport;

	private final PageSupport support;

	AdImportPages(AdImport adImport, PageSupport support) {
		this.adImport = adImport;
		this.support = support;
	}

	@GetMapping("/import")
	String form(Model model) {
		model.addAttribute("sourceUrl", adImport.sourceUrl());
		return "employers/ads-import";
	}

	@PostMapping("/import")
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("sourceUrl", adImport.sourceUrl());
		try {
			model.addAttribute("report", adImport.importJson(file.getBytes()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", PageSupport.errorsByField(e));
			model.addAttribute("errorTexts", support.texts(e));
		}
		return "employers/ads-import";
	}

	@PostMapping("/import-url")
	String fromUrl(Model model) {
		model.addAttribute("sourceUrl", adImport.sourceUrl());
		try {
			model.addAttribute("report", adImport.importFromSource());
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", PageSupport.errorsByField(e));
			model.addAttribute("errorTexts", support.texts(e));
		}
		return "employers/ads-import";
	}
}
