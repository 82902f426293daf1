package se.kompetensnav.people;

/** The ISCED 2011 bands the ESF+ indicators EECO09-EECO11 count. */
public enum IscedBand {
	ISCED_0_2, ISCED_3_4, ISCED_5_8
}
