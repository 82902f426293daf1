package se.kompetensnav.effects.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minParticipants a programme report built from fewer participations is shown only to managers of the
 *     programme's unit (who see the cases anyway): to analysts and admins a handful of outcomes would reveal
 *     individuals
 */
@ConfigurationProperties("kompetensnav.effects")
public record EffectsSettings(int minParticipants) {

	public EffectsSettings {
		if (minParticipants <= 0) {
			minParticipants = 5;
		}
	}
}
