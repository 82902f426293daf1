package se.kompetensnav.network;

import org.jspecify.annotations.Nullable;

/**
 * An actor in the cluster network: an organisation with a public profile.
 *
 * @param unitId the organisational unit whose users act for this actor and may edit its profile, if any
 * @param municipalityCode kommunkod of its seat, if given
 */
public record Actor(long id, @Nullable Long unitId, String name, ActorKind kind, @Nullable String municipalityCode,
		@Nullable String website, @Nullable String email, String description, boolean demo) {
}
