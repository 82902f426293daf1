package se.kompetensnav.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code match} command end to end on the documented example files. */
class MatchCommandTests {

	static final Path EXAMPLES = Path.of("docs/examples/matching");
	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return MatchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void ranksTheExampleOpportunitiesForEachCandidate(@TempDir Path dir) throws Exception {
		Path result = dir.resolve("R.jsonl");
		int code = run("match", "--opportunities", EXAMPLES.resolve("opportunities.jsonl").toString(), "--candidates",
				EXAMPLES.resolve("candidates.jsonl").toString(), "--top", "2", "--out", result.toString());
		assertThat(code).as(err.toString()).isZero();
		List<String> lines = Files.readAllLines(result);
		assertThat(lines).hasSize(4);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode first = json.readTree(lines.get(0));
		assertThat(first.path("candidate").asString()).isEqualTo("cand-1");
		JsonNode best = first.path("matches").get(0);
		// the welder in Boden: the welding job in Boden first, with the missing must-have named
		assertThat(best.path("opportunity").asString()).isEqualTo("opp-boden-svets");
		assertThat(best.path("matched").toString()).contains("8RLp_6Gm_6iF", "1YZS_1ch_vDZ");
		assertThat(best.path("missing").toString()).isEqualTo("[\"32kt_xrc_cpE\"]");
		double sum = 0;
		for (JsonNode f : best.path("factors")) {
			sum += f.asDouble();
		}
		assertThat(sum).isCloseTo(best.path("score").asDouble(), org.assertj.core.data.Offset.offset(0.0005));
		assertThat(first.path("matches")).hasSize(2);
		assertThat(first.path("matches").get(0).path("score").asDouble())
			.isGreaterThanOrEqualTo(first.path("matches").get(1).path("score").asDouble());
		assertThat(json.readTree(lines.get(2)).path("matches").get(0).path("opportunity").asString())
			.isEqualTo("opp-kiruna-hemtjanst");
		// nobody near and nothing shared: no matches rather than noise
		assertThat(lines.get(3)).isEqualTo("{\"candidate\":\"cand-4\",\"matches\":[]}");
		assertThat(out.toString()).contains("matched 4 candidates against 5 opportunities");
	}

	@Test
	void aBadLineIsNamedAndNothingIsWritten(@TempDir Path dir) throws Exception {
		Path opps = dir.resolve("O.jsonl");
		Files.writeString(opps, """
				{"id":"a","occupation":"rxrQ_Nyy_k6y","municipality":"2582","must":["x"],"nice":[]}

				{"id":"b","occupation":"rxrQ_Nyy_k6y","municipality":"2582","must":"x"}
				""");
		Path result = dir.resolve("R.jsonl");
		int code = run("match", "--opportunities", opps.toString(), "--candidates",
				EXAMPLES.resolve("candidates.jsonl").toString(), "--top", "3", "--out", result.toString());
		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).contains("O.jsonl line 3: field 'must' must be an array of ids");
		assertThat(result).doesNotExist();
	}

	@Test
	void invalidJsonAndMissingFieldsAreNamed(@TempDir Path dir) throws Exception {
		Path cands = dir.resolve("C.jsonl");
		Files.writeString(cands, "{\"id\":\"c1\",\"skills\":[],\"municipality\":\"2582\"}\n{\"id\":\"c2\",\"skills\":[]}\n");
		run("match", "--opportunities", EXAMPLES.resolve("opportunities.jsonl").toString(), "--candidates",
				cands.toString(), "--top", "3", "--out", dir.resolve("R.jsonl").toString());
		assertThat(err.toString()).contains("C.jsonl line 2: field 'municipality' is required");
		Files.writeString(cands, "{\"id\":\"c1\",\n");
		err.reset();
		run("match", "--opportunities", EXAMPLES.resolve("opportunities.jsonl").toString(), "--candidates",
				cands.toString(), "--top", "3", "--out", dir.resolve("R.jsonl").toString());
		assertThat(err.toString()).contains("C.jsonl line 1: not valid JSON");
		err.reset();
		assertThat(run("match", "--top", "x")).isEqualTo(2);
		assertThat(err.toString()).contains("usage: match");
	}
}
