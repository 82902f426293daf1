package se.kompetensnav.identity;

/**
 * A public endpoint that another site's back end calls: {@code POST} of a JSON body to one path, without login and
 * without a CSRF token (a server has no page to take the token from). Declare a bean of this type; the security
 * configuration permits the path and skips the CSRF check for a POST to it whose {@code Content-Type} is JSON. A
 * browser sends such a request across sites only after a CORS preflight, which the application does not grant, so a
 * signed-in user's browser cannot be made to send it from another page; any other content type to the path, and
 * every other path, still needs the token.
 * <p>
 * Only for endpoints that do not depend on who is signed in (they treat every caller as anonymous) and that limit
 * their own rate, since nothing else stops a script calling them.
 *
 * @param path a Spring path pattern, e.g. {@code /api/places/inquiries}
 */
public record PublicJsonPost(String path) {
}
