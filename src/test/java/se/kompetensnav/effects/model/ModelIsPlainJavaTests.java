package se.kompetensnav.effects.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The effect model is plain Java: no framework type may enter it. */
class ModelIsPlainJavaTests {

	@Test
	void theModelDependsOnlyOnTheJdk() {
		var model = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("se.kompetensnav.effects.model");
		classes().should().onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.jspecify..", "se.kompetensnav.effects.model..")
			.check(model);
	}
}
