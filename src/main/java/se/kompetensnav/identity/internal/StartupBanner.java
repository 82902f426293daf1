package se.kompetensnav.identity.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.kompetensnav.common.Demo;

/** Tells the person who started the application where it answers and, in demo mode, how to log in. */
@Component
class StartupBanner {

	private final Demo demo;

	StartupBanner(Demo demo) {
		this.demo = demo;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		int port = web.getWebServer().getPort();
		StringBuilder sb = new StringBuilder();
		sb.append("\n\n  Kompetensnav kör på / is running at  http://localhost:").append(port).append("/\n");
		if (demo.enabled()) {
			sb.append("  Demoläge / demo mode. Konton / accounts (lösenord / password '")
				.append(IdentitySetup.DEMO_PASSWORD).append("'):\n");
			for (IdentitySetup.DemoAccount a : IdentitySetup.DEMO_ACCOUNTS) {
				sb.append(String.format("    %-16s %s%n", a.username(), a.roles()));
			}
		}
		System.out.println(sb);
	}
}
