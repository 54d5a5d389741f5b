package uk.sendinsight.shared;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.sendinsight.api.model.Problem;

/**
 * Some framework filters answer an error without going through the error processor (the CORS filter's bare
 * 403 for a foreign origin). This gives those responses the contract's problem body too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class EmptyErrorFilter implements Ordered {

    @ResponseFilter
    void describeBareErrors(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        Problem problem = new Problem("about:blank", response.status().getReason(), response.code())
                .instance(request.getPath());
        if (response.code() == 403 && request.getHeaders().getOrigin().isPresent()) {
            problem.detail("Requests from the origin '" + request.getHeaders().getOrigin().get()
                    + "' are not allowed (CORS). Ask the operators to add it to CORS_ALLOWED_ORIGINS.");
        }
        response.contentType(ProblemErrorResponseProcessor.PROBLEM_JSON).body(problem);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
