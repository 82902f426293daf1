package se.kompetensnav.people;

public enum GoalStatus {
	PLANNED, IN_PROGRESS, ACHIEVED, DROPPED
}
