package se.kompetensnav.education.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Free text with Swedish analysis: inflected forms find each other, every word must match, changes show at once. */
class CourseIndexTests {

	@Test
	void swedishInflectionsFindEachOtherAndEveryWordMustMatch() throws Exception {
		try (CourseIndex index = new CourseIndex()) {
			index.replaceAll(List.of(new CourseIndex.Entry(1, "Växthusodling för nyanställda", "Grönsaker i Boden"),
					new CourseIndex.Entry(2, "Truckkort A och B", "Lager och logistik i Boden"),
					new CourseIndex.Entry(3, "Vätgasteknik", "Elektrolys och lagring av vätgas")));

			assertThat(index.search("nyanställd", 10)).containsOnlyKeys(1L);
			assertThat(index.search("grönsak boden", 10)).containsOnlyKeys(1L);
			assertThat(index.search("boden", 10)).containsOnlyKeys(1L, 2L);
			assertThat(index.search("vätg", 10)).as("the last word as a prefix").containsOnlyKeys(3L);
			assertThat(index.search("och", 10)).as("stop words alone find nothing").isEmpty();
		}
	}

	@Test
	void aTitleMatchRanksAboveABodyMatchAndChangesShowAtOnce() throws Exception {
		try (CourseIndex index = new CourseIndex()) {
			index.replaceAll(List.of(new CourseIndex.Entry(1, "Lager", "truck"),
					new CourseIndex.Entry(2, "Truckkort", "lager")));
			assertThat(index.search("truckkort", 10).keySet()).containsExactly(2L);
			assertThat(index.search("lager", 10).keySet()).first().isEqualTo(1L);

			index.put(new CourseIndex.Entry(1, "Hjullastare", "maskin"));
			assertThat(index.search("lager", 10)).containsOnlyKeys(2L);
			index.remove(2);
			assertThat(index.search("lager", 10)).isEmpty();
		}
	}
}
