package se.kompetensnav.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: the embedded default creates demo accounts and demo data, all labelled as demo. The production
 * profile turns it off.
 *
 * @param enabled whether demo data and accounts are created and the demo banner shown
 */
@ConfigurationProperties("kompetensnav.demo")
public record Demo(boolean enabled) {
}
