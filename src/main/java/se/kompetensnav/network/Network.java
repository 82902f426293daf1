package se.kompetensnav.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * The cluster network. Every signed-in user reads the directory, posts, projects and events; an actor's own users
 * (those of its organisational unit) change its profile, publish its posts, projects and events and answer meeting
 * requests addressed to it; admins may act for any actor. A change outside one's own actor answers 403 and is
 * logged as {@link AuditAction#DENIED}. Event registrations hold a name and an e-mail address and are audited.
 */
@Service
public class Network {

	private static final String ACTOR = "id, unit_id, name, kind, municipality_code, website, email, description, demo";

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final Taxonomy taxonomy;

	Network(JdbcClient jdbc, CurrentUsers users, AuditLog audit, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.taxonomy = taxonomy;
	}

	// ---- actors

	/** Every actor, by name. */
	public List<Actor> actors() {
		return jdbc.sql("select " + ACTOR + " from net_actor order by name, id").query(Network::actor).list();
	}

	public Actor actor(long id) {
		return jdbc.sql("select " + ACTOR + " from net_actor where id = ?").param(id).query(Network::actor).optional()
			.orElseThrow(() -> new NotFoundException("actor", id));
	}

	/** The actor the signed-in user acts for (the one of their unit), if any. */
	public Optional<Actor> mine() {
		Long unit = users.current().map(CurrentUser::unitId).orElse(null);
		if (unit == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + ACTOR + " from net_actor where unit_id = ? order by id").param(unit)
			.query(Network::actor).list().stream().findFirst();
	}

	/** Whether the signed-in user may act for the actor: its own unit's users, or an admin. */
	public boolean canActFor(Actor actor) {
		CurrentUser u = users.current().orElse(null);
		return u != null && (u.has(Role.ADMIN) || (u.unitId() != null && u.unitId().equals(actor.unitId())));
	}

	/** The actor, when the signed-in user may act for it; otherwise 403, logged as DENIED. */
	public Actor editable(long id) {
		return requireActFor(actor(id));
	}

	/** Registers an actor (admins), optionally tied to an organisational unit whose users then act for it. */
	@Transactional
	public Actor createActor(ActorForm form, @Nullable Long unitId, boolean demo) {
		if (!demo && !users.require().has(Role.ADMIN)) {
			throw new AccessDeniedException("admins register actors");
		}
		ValidActor v = validate(form);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_actor (unit_id, name, kind, municipality_code, website, email, description, demo) "
				+ "values (?,?,?,?,?,?,?,?)")
			.params(unitId, v.name, v.kind.name(), v.municipality, v.website, v.email, v.description, demo)
			.update(keys, "id");
		return actor(keys.getKeyAs(Long.class));
	}

	/** Changes an actor's profile: only its own users (or an admin); nothing is stored on a bad field. */
	@Transactional
	public Actor updateActor(long id, ActorForm form) {
		Actor actor = requireActFor(actor(id));
		ValidActor v = validate(form);
		jdbc.sql("update net_actor set name = ?, kind = ?, municipality_code = ?, website = ?, email = ?, "
				+ "description = ?, updated_at = current_timestamp where id = ?")
			.params(v.name, v.kind.name(), v.municipality, v.website, v.email, v.description, actor.id()).update();
		return actor(id);
	}

	private record ValidActor(String name, ActorKind kind, @Nullable String municipality, @Nullable String website,
			@Nullable String email, String description) {
	}

	private ValidActor validate(ActorForm f) {
		Check c = new Check();
		String name = c.text("name", f.name(), 200);
		ActorKind kind = c.choice("kind", f.kind(), ActorKind.class);
		String municipality = f.municipalityCode() == null || f.municipalityCode().isBlank() ? null
				: f.municipalityCode().strip();
		if (municipality != null && taxonomy.municipality(municipality).isEmpty()) {
			c.add("municipalityCode", "network.error.municipality");
		}
		String website = c.url("website", f.website());
		String email = c.email("email", f.email(), false);
		String description = c.optionalText("description", f.description(), 4000);
		c.done();
		return new ValidActor(name, kind, municipality, website, email, description);
	}

	private Actor requireActFor(Actor actor) {
		if (!canActFor(actor)) {
			audit.record(AuditAction.DENIED, "network actor", actor.id(), null, "network: not the user's own actor");
			throw new AccessDeniedException("not your actor");
		}
		return actor;
	}

	// ---- posts

	public List<Post> posts(@Nullable PostDirection direction) {
		return jdbc.sql("select p.id, p.actor_id, a.name actor_name, p.direction, p.title, p.description, "
				+ "p.created_at, p.demo from net_post p join net_actor a on a.id = p.actor_id "
				+ (direction == null ? "" : "where p.direction = '" + direction.name() + "' ")
				+ "order by p.created_at desc, p.id desc")
			.query(Network::post).list();
	}

	public List<Post> postsOf(long actorId) {
		return posts(null).stream().filter(p -> p.actorId() == actorId).toList();
	}

	@Transactional
	public Post addPost(long actorId, @Nullable String direction, @Nullable String title, @Nullable String description) {
		Actor actor = requireActFor(actor(actorId));
		Check c = new Check();
		PostDirection d = c.choice("direction", direction, PostDirection.class);
		String t = c.text("title", title, 200);
		String text = c.optionalText("description", description, 4000);
		c.done();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_post (actor_id, direction, title, description, demo) values (?,?,?,?,?)")
			.params(actor.id(), d.name(), t, text, actor.demo()).update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		return posts(null).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	// ---- projects

	public List<Project> projects() {
		Map<Long, List<String>> partners = new HashMap<>();
		jdbc.sql("select pp.project_id, a.name from net_project_partner pp join net_actor a on a.id = pp.actor_id "
				+ "order by a.name").query((ResultSet rs) -> {
					partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
				});
		return jdbc.sql("select p.id, p.lead_actor_id, a.name lead_name, p.name, p.description, p.funder, "
				+ "p.budget_sek, p.start_date, p.end_date, p.demo from net_project p "
				+ "join net_actor a on a.id = p.lead_actor_id order by p.start_date desc, p.id")
			.query((rs, n) -> {
				long budget = rs.getLong("budget_sek");
				Long b = rs.wasNull() ? null : budget;
				return new Project(rs.getLong("id"), rs.getLong("lead_actor_id"), rs.getString("lead_name"),
						rs.getString("name"), rs.getString("description"), Funder.valueOf(rs.getString("funder")), b,
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						partners.getOrDefault(rs.getLong("id"), List.of()), rs.getBoolean("demo"));
			}).list();
	}

	/** Adds a project led by the given actor (its own users or an admin), with partner actors. */
	@Transactional
	public Project addProject(long leadActorId, @Nullable String name, @Nullable String description,
			@Nullable String funder, @Nullable String budgetSek, @Nullable String startDate, @Nullable String endDate,
			List<Long> partnerIds) {
		Actor lead = requireActFor(actor(leadActorId));
		Check c = new Check();
		String n = c.text("name", name, 200);
		String d = c.optionalText("description", description, 4000);
		Funder f = c.choice("funder", funder, Funder.class);
		Long budget = null;
		if (budgetSek != null && !budgetSek.isBlank()) {
			budget = (long) c.integer("budgetSek", budgetSek, 0, 2_000_000_000);
		}
		LocalDate start = c.date("startDate", startDate);
		LocalDate end = c.date("endDate", endDate);
		if (start != null && end != null && end.isBefore(start)) {
			c.add("endDate", "network.error.endBeforeStart");
		}
		for (Long p : partnerIds) {
			if (jdbc.sql("select count(*) from net_actor where id = ?").param(p).query(Long.class).single() == 0) {
				c.add("partners", "network.error.choice");
			}
		}
		c.done();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_project (lead_actor_id, name, description, funder, budget_sek, start_date, end_date, "
				+ "demo) values (?,?,?,?,?,?,?,?)")
			.params(lead.id(), n, d, f.name(), budget, start, end, lead.demo()).update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (Long p : partnerIds.stream().distinct().toList()) {
			jdbc.sql("insert into net_project_partner (project_id, actor_id) values (?,?)").params(id, p).update();
		}
		return projects().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	// ---- events

	public List<NetworkEvent> events() {
		return jdbc.sql("select e.id, e.organiser_id, a.name organiser_name, e.title, e.description, e.starts_at, "
				+ "e.place, e.seats, e.demo, (select count(*) from net_registration r where r.event_id = e.id) registered "
				+ "from net_event e join net_actor a on a.id = e.organiser_id order by e.starts_at, e.id")
			.query(Network::event).list();
	}

	public NetworkEvent event(long id) {
		return events().stream().filter(e -> e.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("event", id));
	}

	@Transactional
	public NetworkEvent addEvent(long organiserId, @Nullable String title, @Nullable String description,
			@Nullable String startsAt, @Nullable String place, @Nullable String seats) {
		Actor organiser = requireActFor(actor(organiserId));
		Check c = new Check();
		String t = c.text("title", title, 200);
		String d = c.optionalText("description", description, 4000);
		LocalDateTime at = null;
		try {
			at = LocalDateTime.parse(startsAt == null ? "" : startsAt.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			c.add("startsAt", "network.error.date");
		}
		String p = c.text("place", place, 200);
		int s = c.integer("seats", seats, 1, 10_000);
		c.done();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_event (organiser_id, title, description, starts_at, place, seats, demo) "
				+ "values (?,?,?,?,?,?,?)")
			.params(organiser.id(), t, d, Timestamp.valueOf(at), p, s, organiser.demo()).update(keys, "id");
		return event(keys.getKeyAs(Long.class));
	}

	/** Registers the signed-in user for an event under the given name and e-mail (audited: personal data). */
	@Transactional
	public void register(long eventId, @Nullable String name, @Nullable String email) {
		NetworkEvent event = event(eventId);
		CurrentUser u = users.require();
		Check c = new Check();
		String n = c.text("attendeeName", name, 200);
		String e = c.email("email", email, true);
		if (event.seatsLeft() == 0) {
			c.add("attendeeName", "network.error.full");
		}
		if (jdbc.sql("select count(*) from net_registration where event_id = ? and user_id = ?").params(eventId, u.id())
			.query(Long.class).single() > 0) {
			c.add("attendeeName", "network.error.registered");
		}
		c.done();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_registration (event_id, user_id, attendee_name, email) values (?,?,?,?)")
			.params(eventId, u.id(), n, e).update(keys, "id");
		audit.record(AuditAction.CREATE, "event registration", keys.getKeyAs(Long.class), null,
				"network: event registration", "event " + eventId);
	}

	/** Whether the signed-in user is registered for the event. */
	public boolean isRegistered(long eventId) {
		CurrentUser u = users.current().orElse(null);
		return u != null && jdbc.sql("select count(*) from net_registration where event_id = ? and user_id = ?")
			.params(eventId, u.id()).query(Long.class).single() > 0;
	}

	/** The attendees of an event: its organiser's users and admins only; the read is audited. */
	public List<Map<String, String>> attendees(long eventId) {
		NetworkEvent event = event(eventId);
		requireActFor(actor(event.organiserId()));
		List<Map<String, String>> rows = jdbc.sql("select attendee_name, email from net_registration "
				+ "where event_id = ? order by attendee_name").param(eventId)
			.query((rs, n) -> Map.of("name", rs.getString(1), "email", rs.getString(2))).list();
		audit.record(AuditAction.READ, "event registrations", eventId, null, "network: attendee list",
				rows.size() + " rows");
		return rows;
	}

	// ---- meetings

	/** Meeting requests from or to the signed-in user's actor, newest first. */
	public List<MeetingRequest> myMeetings() {
		Optional<Actor> mine = mine();
		if (mine.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select m.id, m.from_actor_id, f.name from_name, m.to_actor_id, t.name to_name, m.subject, "
				+ "m.message, m.proposed_date, m.status from net_meeting m join net_actor f on f.id = m.from_actor_id "
				+ "join net_actor t on t.id = m.to_actor_id where m.from_actor_id = :a or m.to_actor_id = :a "
				+ "order by m.created_at desc, m.id desc").param("a", mine.get().id()).query(Network::meeting).list();
	}

	/** Asks another actor for a meeting, on behalf of the signed-in user's own actor. */
	@Transactional
	public MeetingRequest requestMeeting(long toActorId, @Nullable String subject, @Nullable String message,
			@Nullable String proposedDate) {
		Actor to = actor(toActorId);
		Check c = new Check();
		Actor from = mine().orElse(null);
		if (from == null) {
			c.add("subject", "network.error.noActor");
		}
		else if (from.id() == to.id()) {
			c.add("subject", "network.error.self");
		}
		String s = c.text("subject", subject, 200);
		String m = c.optionalText("message", message, 4000);
		LocalDate date = c.date("proposedDate", proposedDate);
		c.done();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_meeting (from_actor_id, to_actor_id, subject, message, proposed_date, status, "
				+ "created_by) values (?,?,?,?,?,?,?)")
			.params(from.id(), to.id(), s, m, date, MeetingStatus.REQUESTED.name(), users.require().id())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		return myMeetings().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
	}

	/** The addressed actor's users accept or decline a meeting request. */
	@Transactional
	public void answerMeeting(long id, boolean accept) {
		Long to = jdbc.sql("select to_actor_id from net_meeting where id = ?").param(id).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("meeting", id));
		requireActFor(actor(to));
		jdbc.sql("update net_meeting set status = ? where id = ?")
			.params((accept ? MeetingStatus.ACCEPTED : MeetingStatus.DECLINED).name(), id).update();
	}

	// ---- mapping

	static Actor actor(ResultSet rs, int n) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new Actor(rs.getLong("id"), unitId, rs.getString("name"), ActorKind.valueOf(rs.getString("kind")),
				rs.getString("municipality_code"), rs.getString("website"), rs.getString("email"),
				rs.getString("description"), rs.getBoolean("demo"));
	}

	static Post post(ResultSet rs, int n) throws SQLException {
		return new Post(rs.getLong("id"), rs.getLong("actor_id"), rs.getString("actor_name"),
				PostDirection.valueOf(rs.getString("direction")), rs.getString("title"), rs.getString("description"),
				rs.getTimestamp("created_at").toLocalDateTime(), rs.getBoolean("demo"));
	}

	static NetworkEvent event(ResultSet rs, int n) throws SQLException {
		return new NetworkEvent(rs.getLong("id"), rs.getLong("organiser_id"), rs.getString("organiser_name"),
				rs.getString("title"), rs.getString("description"), rs.getTimestamp("starts_at").toLocalDateTime(),
				rs.getString("place"), rs.getInt("seats"), rs.getInt("registered"), rs.getBoolean("demo"));
	}

	static MeetingRequest meeting(ResultSet rs, int n) throws SQLException {
		return new MeetingRequest(rs.getLong("id"), rs.getLong("from_actor_id"), rs.getString("from_name"),
				rs.getLong("to_actor_id"), rs.getString("to_name"), rs.getString("subject"), rs.getString("message"),
				rs.getObject("proposed_date", LocalDate.class), MeetingStatus.valueOf(rs.getString("status")));
	}
}
