package org.thirdsectorhub.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the container reaches: a GOV.UK page for people, application/problem+json for the API.
 * Never a stack trace.
 */
@Controller
class HubErrorController implements ErrorController {

    private static final Set<Integer> PAGES_WITH_OWN_TEMPLATE = Set.of(400, 403, 404, 405, 413, 500);

    private final JsonMapper json;

    HubErrorController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        if (isApi(request)) {
            ResponseEntity<ProblemDetail> problem = problem(request);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem.getBody());
            return null;
        }
        int code = status.value();
        String view = PAGES_WITH_OWN_TEMPLATE.contains(code) ? "error/" + code : (code >= 500 ? "error/500" : "error/400");
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", code);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String uri && (uri.startsWith(request.getContextPath() + "/api/")
                || uri.startsWith(request.getContextPath() + "/openreferral/"));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case FORBIDDEN -> "Your account does not have the role this needs.";
            case UNAUTHORIZED -> "Sign in or send a valid API token.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case CONTENT_TOO_LARGE -> "The request is larger than the hub accepts.";
            default -> status.is5xxServerError()
                    ? "Something went wrong in the hub. It has been logged; try again later."
                    : "The request could not be understood. Check it and try again.";
        };
    }
}
