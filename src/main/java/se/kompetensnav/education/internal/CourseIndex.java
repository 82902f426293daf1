package se.kompetensnav.education.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The free-text index of courses: an in-memory Lucene index with Swedish analysis (stemming, stop words) over
 * title, description, provider and the labels of skills and occupations. Plain Java; the service keeps it in step
 * with every change.
 */
final class CourseIndex implements AutoCloseable {

	/** What is indexed of one course. */
	record Entry(long id, String title, String body) {
	}

	private final Analyzer analyzer = new SwedishAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	CourseIndex() {
		try {
			writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	synchronized void replaceAll(Collection<Entry> entries) {
		try {
			writer.deleteAll();
			for (Entry e : entries) {
				writer.addDocument(document(e));
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	synchronized void put(Entry e) {
		try {
			writer.updateDocument(new Term("id", Long.toString(e.id())), document(e));
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void remove(long id) {
		try {
			writer.deleteDocuments(new Term("id", Long.toString(id)));
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Course ids matching every word of the text (the last word also as a prefix, for typing), best first, with
	 * their scores. A title match counts more than one in the body.
	 */
	Map<Long, Float> search(String text, int limit) {
		List<String> terms = analyse(text);
		Map<Long, Float> result = new LinkedHashMap<>();
		if (terms.isEmpty()) {
			return result;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < terms.size(); i++) {
			String t = terms.get(i);
			BooleanQuery.Builder word = new BooleanQuery.Builder();
			word.add(new BoostQuery(new TermQuery(new Term("title", t)), 3f), BooleanClause.Occur.SHOULD);
			word.add(new TermQuery(new Term("body", t)), BooleanClause.Occur.SHOULD);
			if (i == terms.size() - 1 && t.length() >= 3) {
				word.add(new PrefixQuery(new Term("title", t)), BooleanClause.Occur.SHOULD);
				word.add(new PrefixQuery(new Term("body", t)), BooleanClause.Occur.SHOULD);
			}
			query.add(word.build(), BooleanClause.Occur.MUST);
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, limit)).scoreDocs) {
					Document doc = searcher.storedFields().document(hit.doc);
					result.put(Long.parseLong(doc.get("id")), hit.score);
				}
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return result;
	}

	private List<String> analyse(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				terms.add(term.toString());
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	private static Document document(Entry e) {
		Document doc = new Document();
		doc.add(new StringField("id", Long.toString(e.id()), Field.Store.YES));
		doc.add(new TextField("title", e.title(), Field.Store.NO));
		doc.add(new TextField("body", e.body(), Field.Store.NO));
		return doc;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
	}
}
