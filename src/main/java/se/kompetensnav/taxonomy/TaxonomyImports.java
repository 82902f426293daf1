package se.kompetensnav.taxonomy;

import java.nio.file.Path;
import java.util.List;

/**
 * Imports of the taxonomy files. An import reads and checks every file before it writes anything and writes in one
 * transaction: a corrupt file leaves the current version as it was. Concepts missing from newer files are marked
 * deprecated, never deleted.
 */
public interface TaxonomyImports {

	/** Imports the files shipped with the application (skipped when their checksum is the current one). */
	ImportResult importShipped();

	/**
	 * Imports from a directory laid out like the shipped data ({@code jobtech-taxonomy/skills.json} or
	 * {@code .json.gz}, ...).
	 * @throws TaxonomyImportException naming the file and position when a file cannot be read
	 */
	ImportResult importFrom(Path directory);

	/** Every import, newest first. */
	List<TaxonomyVersion> versions();
}
