package se.kompetensnav.network;

/** "Vi behöver" or "vi erbjuder". */
public enum PostDirection {
	NEED, OFFER
}
