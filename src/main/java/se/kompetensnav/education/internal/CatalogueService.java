package se.kompetensnav.education.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.education.Catalogue;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseQuery;
import se.kompetensnav.education.CourseStart;
import se.kompetensnav.education.Offer;
import se.kompetensnav.education.Provider;
import se.kompetensnav.education.ProviderType;
import se.kompetensnav.education.ValidationOffer;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

/**
 * The catalogue: reading and searching for everyone, maintenance for the provider's own users (and admins). A
 * PROVIDER user maintains only the provider linked to their unit; anything else is refused with 403.
 */
@Service
public class CatalogueService implements Catalogue {

	private final CatalogueStore store;

	private final CatalogueRules rules;

	private final TaxonomyLookup taxonomy;

	private final CurrentUsers users;

	private final Units units;

	private final Clock clock;

	private final TransactionTemplate tx;

	private volatile @Nullable CourseIndex index;

	CatalogueService(CatalogueStore store, CatalogueRules rules, TaxonomyLookup taxonomy, CurrentUsers users,
			Units units, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.rules = rules;
		this.taxonomy = taxonomy;
		this.users = users;
		this.units = units;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
	}

	// ---- reading

	@Override
	public List<Provider> providers() {
		return store.providers();
	}

	@Override
	public Optional<Course> course(long id) {
		return store.course(id);
	}

	@Override
	public List<Course> search(CourseQuery q) {
		LocalDate today = LocalDate.now(clock);
		List<Course> found = new ArrayList<>();
		for (Course c : store.courses()) {
			if (matches(c, q, today)) {
				found.add(c);
			}
		}
		if (q.text() != null && !q.text().isBlank()) {
			Map<Long, Float> scores = index().search(q.text(), 10_000);
			return found.stream().filter(c -> scores.containsKey(c.id()))
				.sorted(Comparator.comparing((Course c) -> scores.get(c.id())).reversed()).toList();
		}
		found.sort(byNextStart(today));
		return found;
	}

	static boolean matches(Course c, CourseQuery q, LocalDate today) {
		if (present(q.skillId()) && !c.skillIds().contains(q.skillId())) {
			return false;
		}
		if (present(q.occupationId()) && !c.occupationIds().contains(q.occupationId())) {
			return false;
		}
		if (present(q.municipalityCode()) && !q.municipalityCode().equals(c.municipalityCode())
				&& c.mode() != se.kompetensnav.education.CourseMode.DISTANCE) {
			return false;
		}
		if (q.mode() != null && !c.mode().suits(q.mode())) {
			return false;
		}
		if (q.shortOnly() && !c.shortCourse()) {
			return false;
		}
		if (q.providerId() != null && q.providerId() != c.providerId()) {
			return false;
		}
		if (q.startWithinWeeks() != null) {
			LocalDate last = today.plusWeeks(q.startWithinWeeks());
			boolean starts = c.starts().stream().map(CourseStart::date)
				.anyMatch(d -> !d.isBefore(today) && !d.isAfter(last));
			if (!starts) {
				return false;
			}
		}
		return true;
	}

	private static Comparator<Course> byNextStart(LocalDate today) {
		return Comparator.comparing((Course c) -> {
			CourseStart next = c.nextStart(today);
			return next == null ? LocalDate.MAX : next.date();
		}).thenComparing(Course::title);
	}

	private static boolean present(@Nullable String s) {
		return s != null && !s.isBlank();
	}

	@Override
	public List<Course> shortCourses() {
		return search(new CourseQuery(null, null, null, null, null, null, true, null));
	}

	@Override
	public List<ValidationOffer> validationOffers() {
		return store.validations();
	}

	@Override
	public Optional<ValidationOffer> validationOffer(long id) {
		return store.validations().stream().filter(v -> v.id() == id).findFirst();
	}

	@Override
	public List<Offer> offers() {
		List<Offer> result = new ArrayList<>();
		for (Course c : store.courses()) {
			result.add(new Offer("course-" + c.id(), Offer.Kind.COURSE, c.id(), c.title(), Set.copyOf(c.skillIds()),
					c.weeks(), c.starts(), c.municipalityCode(), c.mode(), c.shortCourse()));
		}
		for (ValidationOffer v : store.validations()) {
			int weeks = Math.max(1, (v.totalDays() + 6) / 7);
			result.add(new Offer("validation-" + v.id(), Offer.Kind.VALIDATION, v.id(), v.title(),
					Set.copyOf(v.skillIds()), weeks, List.of(), v.municipalityCode(), v.mode(), false));
		}
		return result;
	}

	// ---- who maintains what

	/** The provider the signed-in user maintains, if they are a provider user with a registered provider. */
	public Optional<Provider> myProvider() {
		CurrentUser user = users.current().orElse(null);
		if (user == null || user.unitId() == null || !user.has(Role.PROVIDER)) {
			return Optional.empty();
		}
		return store.providerOfUnit(user.unitId());
	}

	/** True when the signed-in user may change this provider's catalogue. */
	public boolean canMaintain(long providerId) {
		CurrentUser user = users.current().orElse(null);
		if (user == null) {
			return false;
		}
		if (user.has(Role.ADMIN)) {
			return true;
		}
		Long unitId = user.unitId();
		return user.has(Role.PROVIDER) && unitId != null
				&& store.provider(providerId).map(p -> p.unitId() == unitId.longValue()).orElse(false);
	}

	private void requireMaintain(long providerId) {
		if (!canMaintain(providerId)) {
			throw new AccessDeniedException("not your provider");
		}
	}

	/** The provider a new course goes to: the one named (admins, or the user's own), else the user's own. */
	private Provider targetProvider(@Nullable Long providerId) {
		if (providerId != null) {
			Provider p = store.provider(providerId).orElseThrow(() -> new NotFoundException("provider", providerId));
			requireMaintain(p.id());
			return p;
		}
		return myProvider().orElseThrow(() -> new AccessDeniedException("no provider for this user"));
	}

	// ---- providers

	/** Registers an organisational unit of type PROVIDER as a provider (admins). */
	public Provider registerProvider(String unitCode, @Nullable ProviderType type) {
		CurrentUser user = users.require();
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("admins register providers");
		}
		return register(unitCode, type, false);
	}

	Provider register(String unitCode, @Nullable ProviderType type, boolean demo) {
		OrgUnit unit = units.findByCode(unitCode).filter(u -> u.type() == UnitType.PROVIDER).orElseThrow(
				() -> new InvalidInputException(FieldError.of("unitCode", "education.validation.notProviderUnit")));
		if (type == null) {
			throw new InvalidInputException(FieldError.of("type", "validation.required"));
		}
		Optional<Provider> existing = store.providerOfUnit(unit.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = tx.execute(s -> store.insertProvider(unit.id(), unit.name(), type, unit.municipalityCode(), demo));
		return store.provider(id).orElseThrow();
	}

	// ---- courses

	public Course createCourse(@Nullable Long providerId, CourseDraft draft) {
		Provider provider = targetProvider(providerId);
		List<FieldError> errors = new ArrayList<>(rules.check(draft, 0));
		if (errors.isEmpty() && store.courseIdByRef(provider.id(), draft.ref()).isPresent()) {
			errors.add(FieldError.of("ref", "education.validation.refTaken", draft.ref()));
		}
		throwIfAny(errors);
		long id = inTx(() -> store.insertCourse(provider.id(), draft, false));
		return reindexed(id);
	}

	public Course updateCourse(long id, CourseDraft draft) {
		Course existing = store.course(id).orElseThrow(() -> new NotFoundException("course", id));
		requireMaintain(existing.providerId());
		List<FieldError> errors = new ArrayList<>(rules.check(draft, 0));
		if (errors.isEmpty()) {
			store.courseIdByRef(existing.providerId(), draft.ref()).filter(other -> other != id).ifPresent(
					other -> errors.add(FieldError.of("ref", "education.validation.refTaken", draft.ref())));
		}
		throwIfAny(errors);
		inTx(() -> {
			store.updateCourse(id, draft);
			return id;
		});
		return reindexed(id);
	}

	public void deleteCourse(long id) {
		Course existing = store.course(id).orElseThrow(() -> new NotFoundException("course", id));
		requireMaintain(existing.providerId());
		inTx(() -> {
			store.deleteCourse(id);
			return id;
		});
		CourseIndex current = index;
		if (current != null) {
			current.remove(id);
		}
	}

	// ---- validation offers

	public ValidationOffer createValidation(@Nullable Long providerId, ValidationDraft draft) {
		Provider provider = targetProvider(providerId);
		List<FieldError> errors = new ArrayList<>(rules.check(draft, 0));
		if (errors.isEmpty() && store.validationIdByRef(provider.id(), draft.ref()).isPresent()) {
			errors.add(FieldError.of("ref", "education.validation.refTaken", draft.ref()));
		}
		throwIfAny(errors);
		long id = inTx(() -> store.insertValidation(provider.id(), draft, false));
		return validationOffer(id).orElseThrow();
	}

	public ValidationOffer updateValidation(long id, ValidationDraft draft) {
		ValidationOffer existing = validationOffer(id).orElseThrow(() -> new NotFoundException("validation", id));
		requireMaintain(existing.providerId());
		List<FieldError> errors = new ArrayList<>(rules.check(draft, 0));
		if (errors.isEmpty()) {
			store.validationIdByRef(existing.providerId(), draft.ref()).filter(other -> other != id).ifPresent(
					other -> errors.add(FieldError.of("ref", "education.validation.refTaken", draft.ref())));
		}
		throwIfAny(errors);
		inTx(() -> {
			store.updateValidation(id, draft);
			return id;
		});
		return validationOffer(id).orElseThrow();
	}

	// ---- import

	/**
	 * Imports courses and validation offers: every row is checked first (provider known and maintainable by the
	 * user, the rules, refs unique within the file); one bad row and nothing is written, and the errors name row and
	 * column. Rows whose provider already has the ref update that course, others create one.
	 */
	public ImportResult importCatalogue(List<ImportRow<CourseDraft>> courses,
			List<ImportRow<ValidationDraft>> validations) {
		return importCatalogue(courses, validations, false);
	}

	ImportResult importCatalogue(List<ImportRow<CourseDraft>> courses, List<ImportRow<ValidationDraft>> validations,
			boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ImportRow<CourseDraft> row : courses) {
			checkProvider(row, errors, demo);
			errors.addAll(rules.check(row.draft(), row.line()));
			if (!seen.add("c|" + row.provider() + "|" + row.draft().ref())) {
				errors.add(FieldError.atLine(row.line(), "ref", "education.validation.refTwice", row.draft().ref()));
			}
		}
		for (ImportRow<ValidationDraft> row : validations) {
			checkProvider(row, errors, demo);
			errors.addAll(rules.check(row.draft(), row.line()));
			if (!seen.add("v|" + row.provider() + "|" + row.draft().ref())) {
				errors.add(FieldError.atLine(row.line(), "ref", "education.validation.refTwice", row.draft().ref()));
			}
		}
		throwIfAny(errors);
		int[] counts = new int[2];
		tx.executeWithoutResult(s -> {
			for (ImportRow<CourseDraft> row : courses) {
				long providerId = providerIdOf(row.provider());
				Optional<Long> existing = store.courseIdByRef(providerId, row.draft().ref());
				if (existing.isPresent()) {
					store.updateCourse(existing.get(), row.draft());
					counts[1]++;
				}
				else {
					store.insertCourse(providerId, row.draft(), demo);
					counts[0]++;
				}
			}
			for (ImportRow<ValidationDraft> row : validations) {
				long providerId = providerIdOf(row.provider());
				Optional<Long> existing = store.validationIdByRef(providerId, row.draft().ref());
				if (existing.isPresent()) {
					store.updateValidation(existing.get(), row.draft());
					counts[1]++;
				}
				else {
					store.insertValidation(providerId, row.draft(), demo);
					counts[0]++;
				}
			}
		});
		rebuildIndex();
		return new ImportResult(counts[0], counts[1]);
	}

	private void checkProvider(ImportRow<?> row, List<FieldError> errors, boolean demo) {
		Optional<Provider> provider = providerByCode(row.provider());
		if (provider.isEmpty()) {
			errors.add(FieldError.atLine(row.line(), "provider", "education.validation.unknownProvider",
					row.provider()));
		}
		else if (!demo && !canMaintain(provider.get().id())) {
			errors.add(FieldError.atLine(row.line(), "provider", "education.validation.notYourProvider",
					row.provider()));
		}
	}

	Optional<Provider> providerByCode(String unitCode) {
		return store.providers().stream().filter(p -> p.unitCode().equals(unitCode)).findFirst();
	}

	private long providerIdOf(String unitCode) {
		return providerByCode(unitCode).orElseThrow().id();
	}

	// ---- index

	private synchronized CourseIndex index() {
		if (index == null) {
			CourseIndex fresh = new CourseIndex();
			fresh.replaceAll(store.courses().stream().map(this::entry).toList());
			index = fresh;
		}
		return index;
	}

	/** Rebuilds the free-text index from the database (after imports, and for tests). */
	public synchronized void rebuildIndex() {
		CourseIndex current = index;
		if (current != null) {
			current.replaceAll(store.courses().stream().map(this::entry).toList());
		}
	}

	private Course reindexed(long id) {
		Course course = store.course(id).orElseThrow();
		CourseIndex current = index;
		if (current != null) {
			current.put(entry(course));
		}
		return course;
	}

	private CourseIndex.Entry entry(Course c) {
		Set<String> ids = new LinkedHashSet<>(c.skillIds());
		ids.addAll(c.occupationIds());
		StringBuilder body = new StringBuilder();
		body.append(c.description()).append('\n').append(c.providerName()).append('\n');
		taxonomy.labels(ids).values().forEach(l -> body.append(l).append('\n'));
		String municipality = taxonomy.municipalityName(c.municipalityCode());
		if (municipality != null) {
			body.append(municipality);
		}
		return new CourseIndex.Entry(c.id(), c.title(), body.toString());
	}

	private <T> T inTx(Supplier<T> work) {
		return tx.execute(s -> work.get());
	}

	private static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	// ---- export

	/** The courses as CSV, optionally one provider's. */
	public String exportCsv(@Nullable Long providerId) {
		Map<Long, String> codes = providerCodes();
		List<Course> courses = store.courses().stream()
			.filter(c -> providerId == null || c.providerId() == providerId).toList();
		return CatalogueCsv.write(courses, codes::get);
	}

	/** Courses and validation offers as one document, optionally one provider's. */
	public CatalogueDocument exportDocument(@Nullable Long providerId) {
		Map<Long, String> codes = providerCodes();
		return CatalogueDocument.of(
				store.courses().stream().filter(c -> providerId == null || c.providerId() == providerId).toList(),
				store.validations().stream().filter(v -> providerId == null || v.providerId() == providerId)
					.toList(),
				codes::get);
	}

	/** Validation offers as CSV, optionally one provider's. */
	public String exportValidationsCsv(@Nullable Long providerId) {
		Map<Long, String> codes = providerCodes();
		return ValidationCsv.write(store.validations().stream()
			.filter(v -> providerId == null || v.providerId() == providerId).toList(), codes::get);
	}

	public ImportResult importValidationsCsv(java.io.Reader csv) {
		return importCatalogue(List.of(), ValidationCsv.read(csv));
	}

	public ImportResult importCsv(java.io.Reader csv) {
		return importCatalogue(CatalogueCsv.read(csv), List.of());
	}

	public ImportResult importDocument(CatalogueDocument document) {
		return importCatalogue(document.courseRows(), document.validationRows());
	}

	private Map<Long, String> providerCodes() {
		Map<Long, String> codes = new java.util.HashMap<>();
		store.providers().forEach(p -> codes.put(p.id(), p.unitCode()));
		return codes;
	}
}
