package se.kompetensnav.network;

import org.jspecify.annotations.Nullable;

/** An actor's profile as entered; {@code kind} is the {@link ActorKind} name. */
public record ActorForm(@Nullable String name, @Nullable String kind, @Nullable String municipalityCode,
		@Nullable String website, @Nullable String email, @Nullable String description) {
}
