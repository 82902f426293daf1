package se.kompetensnav.people;

/** The participant's main income at entry. */
public enum IncomeSource {
	FORSORJNINGSSTOD, SJUKPENNING, AKTIVITETSERSATTNING, A_KASSA, SALARY, NONE, OTHER
}
