package se.kompetensnav.network;

/** Who funds a project. */
public enum Funder {
	/** European Social Fund Plus. */
	ESF_PLUS,
	/** The European Regional Development Fund (regionalfonden). */
	REGIONAL_FUND,
	/** The Just Transition Fund (Fonden för en rättvis omställning). */
	JTF,
	/** Vinnova, the Swedish innovation agency. */
	VINNOVA,
	OTHER
}
