package se.kompetensnav.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

/**
 * Creates the demo units and accounts (demo mode), or the first admin from the environment (production), on an
 * empty database. Runs once: when users exist it does nothing.
 */
@Component
class IdentitySetup implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	static final String DEMO_PASSWORD = "demo";

	/** Demo accounts, in the order the start-up banner lists them. */
	static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
			new DemoAccount("admin", "Ada Admin", "region-norrbotten", EnumSet.of(Role.ADMIN)),
			new DemoAccount("chef", "Cecilia Chef", "jobbcenter-boden", EnumSet.of(Role.UNIT_MANAGER)),
			new DemoAccount("konsulent", "Kim Konsulent", "jobbcenter-boden", EnumSet.of(Role.CONSULTANT)),
			new DemoAccount("konsulent.lulea", "Lo Konsulent", "arbetsmarknad-lulea", EnumSet.of(Role.CONSULTANT)),
			new DemoAccount("analytiker", "Alva Analytiker", "region-norrbotten", EnumSet.of(Role.ANALYST)),
			new DemoAccount("arbetsgivare", "Arvid Arbetsgivare", "demo-stal-boden", EnumSet.of(Role.EMPLOYER)),
			new DemoAccount("utbildare", "Ulla Utbildare", "larcentrum-boden", EnumSet.of(Role.PROVIDER)));

	record DemoAccount(String username, String displayName, String unitCode, Set<Role> roles) {
	}

	private final Units units;

	private final UserStore users;

	private final PasswordEncoder encoder;

	private final Demo demo;

	private final SecuritySettings settings;

	IdentitySetup(Units units, UserStore users, PasswordEncoder encoder, Demo demo, SecuritySettings settings) {
		this.units = units;
		this.users = users;
		this.encoder = encoder;
		this.demo = demo;
		this.settings = settings;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String name() {
		return "identity";
	}

	@Override
	@Transactional
	public void run() {
		if (users.count() > 0) {
			return;
		}
		if (demo.enabled()) {
			createDemo();
		}
		else if (!settings.adminUsername().isBlank() && !settings.adminPassword().isBlank()) {
			users.create(settings.adminUsername(), encoder.encode(settings.adminPassword()), "Administratör", null,
					null, EnumSet.of(Role.ADMIN), false);
			log.info("Created the first admin '{}' from the environment", settings.adminUsername());
		}
		else {
			log.warn("No users exist and no first admin is configured: set KOMPETENSNAV_SECURITY_ADMIN_USERNAME and "
					+ "KOMPETENSNAV_SECURITY_ADMIN_PASSWORD");
		}
	}

	private void createDemo() {
		OrgUnit region = units.create(null, "region-norrbotten", UnitType.REGION, "Region Norrbotten", null, null, true);
		OrgUnit boden = units.create(region.id(), "boden", UnitType.MUNICIPALITY, "Bodens kommun", "2582", "2120002700",
				true);
		units.create(boden.id(), "jobbcenter-boden", UnitType.UNIT, "Jobbcenter, Bodens kommun", "2582", null, true);
		OrgUnit lulea = units.create(region.id(), "lulea", UnitType.MUNICIPALITY, "Luleå kommun", "2580", "2120002627",
				true);
		units.create(lulea.id(), "arbetsmarknad-lulea", UnitType.UNIT, "Arbetsmarknadsenheten, Luleå kommun", "2580",
				null, true);
		units.create(null, "demo-stal-boden", UnitType.EMPLOYER, "Bodens Stål och Mekaniska AB (demo)", "2582",
				"5560160680", true);
		units.create(null, "larcentrum-boden", UnitType.PROVIDER, "Lärcentrum Boden (demo)", "2582", null, true);
		units.create(null, "gront-kluster-norrbotten", UnitType.CLUSTER, "Grönt industrikluster Norrbotten (demo)",
				"2580", null, true);
		String hash = encoder.encode(DEMO_PASSWORD);
		for (DemoAccount a : DEMO_ACCOUNTS) {
			Long unitId = units.findByCode(a.unitCode()).map(OrgUnit::id).orElseThrow();
			users.create(a.username(), hash, a.displayName(), null, unitId, a.roles(), true);
		}
		log.info("Created demo units and {} demo accounts", DEMO_ACCOUNTS.size());
	}
}
