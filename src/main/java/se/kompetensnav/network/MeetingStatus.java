package se.kompetensnav.network;

public enum MeetingStatus {
	REQUESTED, ACCEPTED, DECLINED
}
