package se.kompetensnav.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.internal.ApiTokens;
import se.kompetensnav.identity.internal.MyAccount;

/** The signed-in user's own page: roles, unit, and personal API tokens (create, list, revoke). */
@Controller
class AccountController {

	static final String PAGE = "identity/account";

	private final MyAccount accounts;

	private final ApiTokens tokens;

	private final IdentityFormErrors errors;

	private final Clock clock;

	AccountController(MyAccount accounts, ApiTokens tokens, IdentityFormErrors errors, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping("/account")
	String account(Model model) {
		IdentityFormErrors.none(model);
		MyAccount.AccountView me = accounts.current();
		model.addAttribute("account", me);
		model.addAttribute("tokens", tokens.list(me.id()));
		model.addAttribute("now", clock.instant());
		return PAGE;
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String expiresOn, Model model, RedirectAttributes redirect) {
		MyAccount.AccountView me = accounts.current();
		try {
			ApiTokens.IssuedToken issued = tokens.issue(me.id(), name, endOfDay(expiresOn));
			// Shown once, on the page the redirect leads to; only the hash is stored.
			redirect.addFlashAttribute("issued", issued);
			return "redirect:/account";
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			model.addAttribute("name", name);
			model.addAttribute("expiresOn", expiresOn);
			return account(model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(accounts.current().id(), id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

	/** A date typed on the page means "valid through that day". */
	private @Nullable Instant endOfDay(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusSeconds(1);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(FieldError.of("expiresAt", "validation.date"));
		}
	}
}
