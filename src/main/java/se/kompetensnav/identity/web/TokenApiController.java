package se.kompetensnav.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.internal.ApiTokens;
import se.kompetensnav.identity.internal.MyAccount;

/** The own account and personal API tokens for API clients ({@code Authorization: Bearer kn_...}). */
@RestController
@RequestMapping("/api")
@Tag(name = "Account and API tokens")
class TokenApiController {

	private final MyAccount accounts;

	private final ApiTokens tokens;

	TokenApiController(MyAccount accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	record Me(String username, String displayName, Set<Role> roles, @Nullable String unitCode,
			@Nullable String unitName) {
	}

	record TokenRequest(@Nullable String name, @Nullable Instant expiresAt) {
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user: username, roles and unit")
	Me me() {
		MyAccount.AccountView a = accounts.current();
		return new Me(a.username(), a.displayName(), a.roles(), a.unit() == null ? null : a.unit().code(),
				a.unit() == null ? null : a.unit().name());
	}

	@GetMapping("/tokens")
	@Operation(summary = "The own API tokens (never their secrets)")
	List<ApiTokens.TokenInfo> list() {
		return tokens.list(accounts.current().id());
	}

	@PostMapping("/tokens")
	@Operation(summary = "Creates a token; the answer holds the secret, shown only this once")
	ResponseEntity<ApiTokens.IssuedToken> create(@RequestBody TokenRequest request) {
		ApiTokens.IssuedToken issued = tokens.issue(accounts.current().id(), request.name(), request.expiresAt());
		return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Revokes a token at once")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revoke(accounts.current().id(), id);
		return ResponseEntity.noContent().build();
	}
}
