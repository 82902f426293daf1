package se.kompetensnav.taxonomy;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/** A taxonomy file that cannot be read: names the file and the position (line and column) of the problem. */
public class TaxonomyImportException extends InvalidInputException {

	private final String file;

	private final int line;

	private final int column;

	private final String problem;

	public TaxonomyImportException(String file, int line, int column, String problem) {
		super(FieldError.atLine(Math.max(line, 0), file, "taxonomy.import.corrupt", file, line, column, problem));
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	@Override
	public String getMessage() {
		return "Cannot read " + file + " at line " + line + ", column " + column + ": " + problem;
	}
}
