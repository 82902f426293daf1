package se.kompetensnav;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Kompetensnav: an open platform for regional competence supply.
 * <p>
 * One top-level package per module; {@code common} is the shared kernel every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "common")
public class KompetensnavApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("match")) {
			se.kompetensnav.matching.cli.MatchCommand.main(args);
			return;
		}
		SpringApplication.run(KompetensnavApplication.class, args);
	}
}
