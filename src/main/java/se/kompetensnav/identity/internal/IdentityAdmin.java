package se.kompetensnav.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.UnitType;

/**
 * Administration of units and users (ADMIN only). Every write validates all fields first and throws one
 * {@link InvalidInputException} naming each bad field, so nothing is half-written; writes to user accounts (personal
 * data: names, e-mail addresses) are audited in the same transaction.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class IdentityAdmin {

	static final String PURPOSE = "administration";

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");

	private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

	private static final Pattern ORG_NUMBER = Pattern.compile("(\\d{6})-?(\\d{4})");

	static final int MIN_PASSWORD = 8;

	/** BCrypt only looks at the first 72 bytes. */
	static final int MAX_PASSWORD = 72;

	private final JdbcUnits units;

	private final UserStore users;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	IdentityAdmin(JdbcUnits units, UserStore users, PasswordEncoder encoder, AuditLog audit, CurrentUsers currentUsers,
			Clock clock) {
		this.units = units;
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** A unit as the form edits it; {@code code} is only read on create. */
	public record UnitForm(@Nullable Long parentId, @Nullable String code, @Nullable UnitType type,
			@Nullable String name, @Nullable String municipalityCode, @Nullable String orgNumber) {

		public static UnitForm of(OrgUnit u) {
			return new UnitForm(u.parentId(), u.code(), u.type(), u.name(), u.municipalityCode(), u.orgNumber());
		}

		public static UnitForm empty() {
			return new UnitForm(null, null, UnitType.UNIT, null, null, null);
		}
	}

	/** A unit in the tree, with its depth (0 for a root) for indentation. */
	public record UnitNode(OrgUnit unit, int depth, @Nullable String parentName) {
	}

	/** A user as the form edits it; {@code username} and {@code password} are only read on create. */
	public record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String email,
			@Nullable Long unitId, @Nullable Set<Role> roles, @Nullable String password) {

		public static UserForm empty() {
			return new UserForm(null, null, null, null, EnumSet.noneOf(Role.class), null);
		}
	}

	/** A user for the admin list and edit page. */
	public record UserView(long id, String username, String displayName, @Nullable String email,
			@Nullable Long unitId, @Nullable String unitName, boolean enabled, boolean locked, boolean demo,
			Set<Role> roles) {

		public UserForm form() {
			return new UserForm(username, displayName, email, unitId, roles, null);
		}
	}

	// ---- units

	/** The units as a select offers them: id to name, depth first, indented one dash per level. */
	public Map<Long, String> unitChoices() {
		Map<Long, String> choices = new LinkedHashMap<>();
		for (UnitNode node : tree()) {
			choices.put(node.unit().id(), "— ".repeat(node.depth()) + node.unit().name());
		}
		return choices;
	}

	/** All units depth first, children ordered by name. */
	public List<UnitNode> tree() {
		List<OrgUnit> all = units.all();
		Map<Long, String> names = all.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
		List<UnitNode> out = new ArrayList<>();
		List<OrgUnit> roots = all.stream().filter(u -> u.parentId() == null || !names.containsKey(u.parentId()))
			.sorted(Comparator.comparing(OrgUnit::name)).toList();
		for (OrgUnit root : roots) {
			walk(root, 0, all, names, out);
		}
		return out;
	}

	private static void walk(OrgUnit unit, int depth, List<OrgUnit> all, Map<Long, String> names,
			List<UnitNode> out) {
		out.add(new UnitNode(unit, depth, unit.parentId() == null ? null : names.get(unit.parentId())));
		all.stream().filter(u -> u.parentId() != null && u.parentId() == unit.id())
			.sorted(Comparator.comparing(OrgUnit::name))
			.forEach(child -> walk(child, depth + 1, all, names, out));
	}

	public OrgUnit unit(long id) {
		return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
	}

	@Transactional
	public OrgUnit createUnit(UnitForm form) {
		List<FieldError> errors = new ArrayList<>();
		String code = trim(form.code());
		if (code == null) {
			errors.add(FieldError.of("code", "validation.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			errors.add(FieldError.of("code", "identity.validation.code"));
		}
		else if (units.findByCode(code).isPresent()) {
			errors.add(FieldError.of("code", "identity.validation.codeTaken"));
		}
		ValidUnit v = validateUnit(form, null, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return units.create(form.parentId(), code, v.type(), v.name(), v.municipalityCode(), v.orgNumber(), false);
	}

	@Transactional
	public OrgUnit updateUnit(long id, UnitForm form) {
		unit(id);
		List<FieldError> errors = new ArrayList<>();
		ValidUnit v = validateUnit(form, id, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		units.update(id, form.parentId(), v.type(), v.name(), v.municipalityCode(), v.orgNumber());
		return unit(id);
	}

	private record ValidUnit(UnitType type, String name, @Nullable String municipalityCode,
			@Nullable String orgNumber) {
	}

	private ValidUnit validateUnit(UnitForm form, @Nullable Long self, List<FieldError> errors) {
		String name = trim(form.name());
		if (name == null) {
			errors.add(FieldError.of("name", "validation.required"));
		}
		else if (name.length() > 200) {
			errors.add(FieldError.of("name", "validation.size", 1, 200));
		}
		if (form.type() == null) {
			errors.add(FieldError.of("type", "validation.required"));
		}
		if (form.parentId() != null) {
			if (units.find(form.parentId()).isEmpty()) {
				errors.add(FieldError.of("parentId", "validation.unknown", form.parentId()));
			}
			else if (self != null && units.subtree(self).contains(form.parentId())) {
				errors.add(FieldError.of("parentId", "identity.validation.parentCycle"));
			}
		}
		String municipalityCode = trim(form.municipalityCode());
		if (municipalityCode != null && !MUNICIPALITY_CODE.matcher(municipalityCode).matches()) {
			errors.add(FieldError.of("municipalityCode", "identity.validation.municipalityCode"));
		}
		String orgNumber = normaliseOrgNumber(form.orgNumber());
		if (trim(form.orgNumber()) != null && orgNumber == null) {
			errors.add(FieldError.of("orgNumber", "identity.validation.orgNumber"));
		}
		return new ValidUnit(form.type() == null ? UnitType.OTHER : form.type(), name == null ? "" : name,
				municipalityCode, orgNumber);
	}

	/**
	 * A Swedish organisation number (NNNNNN-NNNN) as its ten digits, or null when it is malformed or its last digit
	 * fails the Luhn check.
	 */
	static @Nullable String normaliseOrgNumber(@Nullable String value) {
		String v = trim(value);
		if (v == null) {
			return null;
		}
		var m = ORG_NUMBER.matcher(v);
		if (!m.matches()) {
			return null;
		}
		String digits = m.group(1) + m.group(2);
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int d = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0 ? digits : null;
	}

	// ---- users

	public List<UserView> users() {
		Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
		return users.all().stream().map(u -> view(u, unitNames)).toList();
	}

	/** One user for the edit page: a read of personal data, so it is audited. */
	@Transactional
	public UserView user(long id) {
		UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		audit.record(AuditAction.READ, "user", id, null, PURPOSE);
		Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
		return view(account, unitNames);
	}

	private UserView view(UserAccount u, Map<Long, String> unitNames) {
		return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.unitId(),
				u.unitId() == null ? null : unitNames.get(u.unitId()), u.enabled(), u.lockedAt(clock.instant()),
				u.demo(), u.roles());
	}

	@Transactional
	public long createUser(UserForm form) {
		List<FieldError> errors = new ArrayList<>();
		String username = trim(form.username());
		if (username == null) {
			errors.add(FieldError.of("username", "validation.required"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			errors.add(FieldError.of("username", "identity.validation.username"));
		}
		else if (users.findByUsername(username).isPresent()) {
			errors.add(FieldError.of("username", "identity.validation.usernameTaken"));
		}
		validatePassword(form.password(), errors);
		ValidUser v = validateUser(form, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = users.create(username, encoder.encode(form.password()), v.displayName(), v.email(), form.unitId(),
				v.roles(), false);
		audit.record(AuditAction.CREATE, "user", id, null, PURPOSE, "roles=" + v.roles());
		return id;
	}

	@Transactional
	public void updateUser(long id, UserForm form) {
		UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		List<FieldError> errors = new ArrayList<>();
		ValidUser v = validateUser(form, errors);
		if (isSelf(id) && !v.roles().contains(Role.ADMIN)) {
			errors.add(FieldError.of("roles", "identity.validation.ownAdminRole"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		users.update(id, v.displayName(), v.email(), form.unitId(), account.enabled(), v.roles());
		audit.record(AuditAction.UPDATE, "user", id, null, PURPOSE, "roles=" + v.roles());
	}

	@Transactional
	public void setEnabled(long id, boolean enabled) {
		users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		if (!enabled && isSelf(id)) {
			throw new InvalidInputException(FieldError.of("enabled", "identity.validation.disableSelf"));
		}
		users.setEnabled(id, enabled);
		audit.record(AuditAction.UPDATE, "user", id, null, PURPOSE, enabled ? "enabled" : "disabled");
	}

	@Transactional
	public void setPassword(long id, @Nullable String password) {
		users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		List<FieldError> errors = new ArrayList<>();
		validatePassword(password, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		users.setPassword(id, encoder.encode(password));
		audit.record(AuditAction.UPDATE, "user", id, null, PURPOSE, "password set");
	}

	@Transactional
	public void unlock(long id) {
		users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		users.unlock(id);
		audit.record(AuditAction.UPDATE, "user", id, null, PURPOSE, "unlocked");
	}

	private boolean isSelf(long id) {
		return currentUsers.current().map(u -> u.id() == id).orElse(false);
	}

	private record ValidUser(String displayName, @Nullable String email, Set<Role> roles) {
	}

	private ValidUser validateUser(UserForm form, List<FieldError> errors) {
		String displayName = trim(form.displayName());
		if (displayName == null) {
			errors.add(FieldError.of("displayName", "validation.required"));
		}
		else if (displayName.length() > 200) {
			errors.add(FieldError.of("displayName", "validation.size", 1, 200));
		}
		String email = trim(form.email());
		if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			errors.add(FieldError.of("email", "identity.validation.email"));
		}
		if (form.unitId() != null && units.find(form.unitId()).isEmpty()) {
			errors.add(FieldError.of("unitId", "validation.unknown", form.unitId()));
		}
		Set<Role> roles = form.roles() == null || form.roles().isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(form.roles());
		if (roles.isEmpty()) {
			errors.add(FieldError.of("roles", "identity.validation.roles"));
		}
		return new ValidUser(displayName == null ? "" : displayName, email, roles);
	}

	private static void validatePassword(@Nullable String password, List<FieldError> errors) {
		if (password == null || password.isEmpty()) {
			errors.add(FieldError.of("password", "validation.required"));
		}
		else if (password.length() < MIN_PASSWORD || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
			errors.add(FieldError.of("password", "identity.validation.password", MIN_PASSWORD, MAX_PASSWORD));
		}
	}

	static @Nullable String trim(@Nullable String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}
}
