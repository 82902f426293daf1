package se.kompetensnav.network;

/**
 * A rule as it bears on one cohort: {@code applies} for cohort rules whose fact is within range; person rules are
 * listed for the consultants to check per person ({@code applies} false, {@code perPerson} true).
 */
public record FundingHint(FundingRule rule, boolean applies, boolean perPerson) {
}
