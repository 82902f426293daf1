package se.kompetensnav.people;

/** Labour-market status at entry: one value per participant (ESF+ EECO02-EECO05). */
public enum LabourMarketStatus {
	UNEMPLOYED, INACTIVE, EMPLOYED
}
