package uk.sendinsight.shared;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sendinsight.api.model.FieldError;
import uk.sendinsight.api.model.Problem;

/**
 * Turns every error response, whether from our handlers or Micronaut's own (unknown route, wrong method,
 * unsupported media type, unexpected exception), into the one {@code Problem} of the contract.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode())
                .instance(context.getRequest().getPath());
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresentOrElse(
                    cause -> LOG.error("{} {} failed", context.getRequest().getMethod(), context.getRequest().getPath(), cause),
                    () -> LOG.error("{} {} failed: {}", context.getRequest().getMethod(), context.getRequest().getPath(),
                            context.getErrors().stream().map(Error::getMessage).toList()));
            problem.detail("Something went wrong on our side. It has been logged; please try again later.");
        } else {
            describe(problem, context.getErrors());
        }
        response.contentType(PROBLEM_JSON);
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.body(null);
        }
        return response.body(problem);
    }

    private static void describe(Problem problem, List<Error> errors) {
        List<FieldError> fieldErrors = errors.stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(error.getPath().get(), error.getMessage()))
                .toList();
        if (!fieldErrors.isEmpty()) {
            problem.title("Invalid request")
                    .detail(fieldErrors.stream().map(e -> "'" + e.getField() + "' " + e.getMessage())
                            .collect(Collectors.joining("; ")) + ".")
                    .errors(fieldErrors);
        } else if (!errors.isEmpty()) {
            problem.detail(errors.get(0).getMessage());
        }
    }
}
