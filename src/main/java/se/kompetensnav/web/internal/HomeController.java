package se.kompetensnav.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (per role, through the navigation the layout shows) and the login page. */
@Controller
class HomeController {

	static final String HOME = "home";

	static final String LOGIN = "login";

	@GetMapping("/")
	String home() {
		return HOME;
	}

	@GetMapping("/login")
	String login() {
		return LOGIN;
	}
}
