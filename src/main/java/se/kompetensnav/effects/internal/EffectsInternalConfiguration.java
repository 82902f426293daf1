package se.kompetensnav.effects.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EffectsSettings.class)
class EffectsInternalConfiguration {
}
