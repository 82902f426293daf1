package se.kompetensnav.taxonomy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.SearchHit;

/**
 * An in-memory Lucene index over labels and alternative labels. Each query word is matched five ways, each adding a
 * fixed weight, so that the ranking is predictable: the whole word, a word prefix (autocomplete), the Swedish stem
 * (inflection: "undersköterskor"), a fuzzy match (typos, also on prefixes) and character trigrams (parts of
 * compounds: "elektriker" in "Industrielektriker", in any word order). A label that matches every word of a
 * longer query gets a bonus, and an exact match of the whole label weighs most; ties go to the shorter label.
 */
final class TaxonomySearch {

	static final String ID = "id";

	static final String TYPE = "type";

	static final String LABEL = "label";

	static final String SSYK = "ssyk";

	static final String LENGTH = "len";

	static final String WORD = "word";

	static final String PREFIX = "prefix";

	static final String STEM = "sv";

	static final String GRAM = "gram";

	static final String EXACT = "exact";

	private static final int MAX_PREFIX = 20;

	private static final List<String> ALL_FIELDS = List.of(WORD, PREFIX, STEM, GRAM);

	private static final List<String> SMALL_FIELDS = List.of(WORD, STEM);

	private static final Analyzer WORDS = new FoldingAnalyzer(Mode.WORD);

	private static final Analyzer SWEDISH = new SwedishAnalyzer();

	private static final Analyzer GRAMS = new FoldingAnalyzer(Mode.GRAM);

	private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(WORDS,
			Map.of(PREFIX, new FoldingAnalyzer(Mode.EDGE), GRAM, GRAMS, STEM, SWEDISH));

	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(LENGTH, SortField.Type.INT),
			new SortField(ID, SortField.Type.STRING));

	private final IndexSearcher searcher;

	private TaxonomySearch(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/** Builds the index over the concepts and their alternative labels. */
	static TaxonomySearch build(Collection<Concept> concepts, Function<String, List<String>> alternativeLabels) {
		return build(concepts, alternativeLabels, id -> false);
	}

	/**
	 * Builds the index; alternative labels of concepts for which {@code wordsOnly} holds (ESCO's many English
	 * variants) are indexed as words and stems only, which keeps the index small and quick to build.
	 */
	static TaxonomySearch build(Collection<Concept> concepts, Function<String, List<String>> alternativeLabels,
			java.util.function.Predicate<Concept> wordsOnly) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER).setRAMBufferSizeMB(64))) {
			List<Document> docs = new ArrayList<>(concepts.size());
			for (Concept c : concepts) {
				Document doc = new Document();
				doc.add(new StringField(ID, c.id(), Field.Store.YES));
				doc.add(new org.apache.lucene.document.SortedDocValuesField(ID,
						new org.apache.lucene.util.BytesRef(c.id())));
				doc.add(new StringField(TYPE, c.type().jobtechName(), Field.Store.YES));
				doc.add(new StoredField(LABEL, c.label()));
				if (c.ssyk4() != null) {
					doc.add(new StoredField(SSYK, c.ssyk4()));
				}
				doc.add(new NumericDocValuesField(LENGTH, c.label().length()));
				boolean small = wordsOnly.test(c);
				List<String> labels = new ArrayList<>();
				labels.add(c.label());
				labels.addAll(alternativeLabels.apply(c.id()));
				for (int i = 0; i < labels.size(); i++) {
					String label = labels.get(i);
					boolean full = i == 0 || !small;
					for (String field : full ? ALL_FIELDS : SMALL_FIELDS) {
						doc.add(new TextField(field, label, Field.Store.NO));
					}
					if (full) {
						doc.add(new StringField(EXACT, normalize(label), Field.Store.NO));
					}
				}
				docs.add(doc);
			}
			writer.addDocuments(docs);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			return new TaxonomySearch(new IndexSearcher(DirectoryReader.open(directory)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<SearchHit> search(String text, @Nullable ConceptType type, int limit) {
		Query query = query(text, type);
		if (query == null || limit <= 0) {
			return List.of();
		}
		try {
			TopDocs top = searcher.search(query, limit, BEST_FIRST, true);
			StoredFields stored = searcher.storedFields();
			List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
			for (ScoreDoc sd : top.scoreDocs) {
				Document doc = stored.document(sd.doc);
				hits.add(new SearchHit(doc.get(ID), doc.get(TYPE), doc.get(LABEL), doc.get(SSYK), sd.score));
			}
			return hits;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A plain query for comparison (benchmark baseline): every word exactly, nothing tolerant. */
	List<SearchHit> exactWords(String text, int limit) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		for (String w : tokens(WORDS, WORD, text)) {
			b.add(new TermQuery(new Term(WORD, w)), Occur.SHOULD);
		}
		try {
			TopDocs top = searcher.search(b.build(), limit);
			StoredFields stored = searcher.storedFields();
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc sd : top.scoreDocs) {
				Document doc = stored.document(sd.doc);
				hits.add(new SearchHit(doc.get(ID), doc.get(TYPE), doc.get(LABEL), doc.get(SSYK), sd.score));
			}
			return hits;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static @Nullable Query query(String text, @Nullable ConceptType type) {
		List<String> words = tokens(WORDS, WORD, text);
		if (words.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder main = new BooleanQuery.Builder();
		List<Query> wordQueries = new ArrayList<>();
		for (String w : words) {
			BooleanQuery.Builder word = new BooleanQuery.Builder();
			word.add(weighted(new TermQuery(new Term(WORD, w)), 4), Occur.SHOULD);
			String prefix = w.length() > MAX_PREFIX ? w.substring(0, MAX_PREFIX) : w;
			if (w.length() >= 2) {
				word.add(weighted(new TermQuery(new Term(PREFIX, prefix)), 3), Occur.SHOULD);
			}
			for (String stem : tokens(SWEDISH, STEM, w)) {
				word.add(weighted(new TermQuery(new Term(STEM, stem)), 3), Occur.SHOULD);
			}
			if (w.length() >= 4) {
				int edits = w.length() >= 8 ? 2 : 1;
				// The prefix field holds every word (up to 20 letters) and its prefixes, so one fuzzy query there
				// covers typos in whole words and in words still being typed.
				word.add(weighted(new FuzzyQuery(new Term(PREFIX, prefix), edits, 1, 50, true), 2), Occur.SHOULD);
				List<String> grams = tokens(GRAMS, GRAM, w);
				BooleanQuery.Builder g = new BooleanQuery.Builder();
				for (String gram : grams) {
					g.add(new TermQuery(new Term(GRAM, gram)), Occur.SHOULD);
				}
				g.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(grams.size() * 0.7)));
				word.add(weighted(g.build(), 1.5f), Occur.SHOULD);
			}
			Query wordQuery = word.build();
			wordQueries.add(wordQuery);
			main.add(wordQuery, Occur.SHOULD);
		}
		if (wordQueries.size() > 1) {
			// Every word found somewhere (even inside a compound) beats one word found perfectly.
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			wordQueries.forEach(q -> all.add(q, Occur.MUST));
			main.add(weighted(all.build(), 8), Occur.SHOULD);
		}
		main.add(weighted(new TermQuery(new Term(EXACT, normalize(text))), 10), Occur.SHOULD);
		main.setMinimumNumberShouldMatch(1);
		if (type != null) {
			main.add(new TermQuery(new Term(TYPE, type.jobtechName())), Occur.FILTER);
		}
		return main.build();
	}

	static String normalize(String label) {
		return String.join(" ", tokens(WORDS, WORD, label));
	}

	private static Query weighted(Query q, float weight) {
		return new BoostQuery(new ConstantScoreQuery(q), weight);
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> result = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				result.add(term.toString());
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return result;
	}

	enum Mode {
		WORD, EDGE, GRAM
	}

	/** Standard tokens, lower-cased and folded to ASCII (so "underskoterska" finds "undersköterska"). */
	static final class FoldingAnalyzer extends Analyzer {

		private final Mode mode;

		FoldingAnalyzer(Mode mode) {
			this.mode = mode;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
			stream = switch (mode) {
				case WORD -> stream;
				case EDGE -> new EdgeNGramTokenFilter(stream, 2, MAX_PREFIX, true);
				case GRAM -> new NGramTokenFilter(stream, 3, 3, false);
			};
			return new TokenStreamComponents(tokenizer, stream);
		}
	}
}
