package se.kompetensnav.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;

/**
 * Turns the shared exceptions into answers: for the API a problem document (RFC 9457) whose {@code errors} name
 * the field and line, for pages the friendly error page. Page controllers that show a form catch
 * {@link InvalidInputException} themselves to put the messages at the fields.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ErrorHandling {

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, Object>> errors = e.errors().stream().map(err -> describe(err, locale)).toList();
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
			problem.setTitle(messages.getMessage("error.invalid.title", null, locale));
			problem.setDetail(errors.stream().map(m -> (String) m.get("text")).reduce((a, b) -> a + "; " + b)
				.orElse(""));
			problem.setType(URI.create("urn:kompetensnav:invalid-input"));
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		ModelAndView mav = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		mav.addObject("errors", errors);
		return mav;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException e, HttpServletRequest request) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
			problem.setTitle(messages.getMessage("error.404.title", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/**
	 * Spring MVC's own request errors (no such page, wrong method, a parameter of the wrong type): problem JSON for
	 * the API, the friendly page for pages (Boot's problem-details handler would answer pages with JSON too).
	 */
	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MethodArgumentNotValidException.class })
	Object requestError(Exception e, HttpServletRequest request) {
		HttpStatus status = e instanceof ErrorResponse er ? HttpStatus.valueOf(er.getStatusCode().value())
				: HttpStatus.BAD_REQUEST;
		if (isApi(request)) {
			ProblemDetail problem = e instanceof ErrorResponse er ? er.getBody() : ProblemDetail.forStatus(status);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		String view = switch (status) {
			case NOT_FOUND -> "error/404";
			case BAD_REQUEST -> "error/400";
			default -> "error";
		};
		return new ModelAndView(view, status);
	}

	private Map<String, Object> describe(FieldError err, Locale locale) {
		String text = messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale);
		String where = err.line() > 0
				? messages.getMessage("error.at.line", new Object[] { err.line(), err.field() }, locale) + ": "
				: "";
		return Map.of("field", err.field(), "line", err.line(), "code", err.messageKey(), "text", where + text);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
