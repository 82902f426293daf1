package se.kompetensnav.network;

/** The kinds of actor in a cluster network (the triple helix and civil society). */
public enum ActorKind {
	COMPANY, PUBLIC_BODY, ACADEMIA, EDUCATION, CIVIL_SOCIETY, CLUSTER
}
