package se.kompetensnav.employers.internal;

import org.springframework.stereotype.Component;

/** The demo employers' critical functions and opportunities (filled in step by step). */
@Component
class DemoNeedsAndOpportunities {

	void create() {
	}
}
