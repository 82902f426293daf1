package se.kompetensnav.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * The finer descriptors that an assessment may score besides the eight key competences: the 21 competences of
 * DigComp 2.2, the 15 of EntreComp and the 9 of LifeComp. The lists are the taxonomy's (shipped in
 * {@code data/key-competences/key-competences.json}, sources in docs/taxonomy.md); ids such as {@code digcomp-2.1}.
 */
@Component
public class AssessmentDescriptors {

	/** Competence-level descriptors; the areas and the framework roots are not scored. */
	static final Pattern DESCRIPTOR = Pattern.compile("(digcomp|entrecomp)-\\d\\.\\d|lifecomp-[psl]\\d");

	public static final List<String> FRAMEWORKS = List.of("digcomp", "entrecomp", "lifecomp");

	/** One descriptor: taxonomy id, framework, code within it (e.g. 2.1, P1) and label. */
	public record Descriptor(String id, String framework, String code, String label) {
	}

	/** A framework with its descriptors in code order. */
	public record Framework(String id, List<Descriptor> descriptors) {
	}

	private final ObjectProvider<Taxonomy> taxonomy;

	AssessmentDescriptors(ObjectProvider<Taxonomy> taxonomy) {
		this.taxonomy = taxonomy;
	}

	public List<Framework> frameworks() {
		Taxonomy t = taxonomy.getIfAvailable();
		List<Descriptor> all = t == null ? List.of()
				: t.byType(ConceptType.KEY_COMPETENCE).stream().filter(c -> DESCRIPTOR.matcher(c.id()).matches())
					.map(AssessmentDescriptors::descriptor).sorted(Comparator.comparing(Descriptor::id)).toList();
		List<Framework> out = new ArrayList<>();
		for (String f : FRAMEWORKS) {
			out.add(new Framework(f, all.stream().filter(d -> d.framework().equals(f)).toList()));
		}
		return out;
	}

	public Optional<Descriptor> find(String id) {
		if (!DESCRIPTOR.matcher(id).matches()) {
			return Optional.empty();
		}
		Taxonomy t = taxonomy.getIfAvailable();
		return t == null ? Optional.empty() : t.concept(id).map(AssessmentDescriptors::descriptor);
	}

	static String frameworkOf(String descriptorId) {
		return descriptorId.substring(0, descriptorId.indexOf('-'));
	}

	private static Descriptor descriptor(Concept c) {
		return new Descriptor(c.id(), frameworkOf(c.id()), c.code() == null ? c.id() : c.code(), c.label());
	}
}
