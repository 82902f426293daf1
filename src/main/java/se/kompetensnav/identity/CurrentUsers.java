package se.kompetensnav.identity;

import java.util.Optional;

/** Who is asking. */
public interface CurrentUsers {

	/** The signed-in user, if any (anonymous requests and background jobs have none). */
	Optional<CurrentUser> current();

	/** The signed-in user; throws when there is none. */
	default CurrentUser require() {
		return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}
}
