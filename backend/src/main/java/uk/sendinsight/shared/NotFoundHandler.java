package uk.sendinsight.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    NotFoundHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotFoundException exception) {
        Error detail = exception::getMessage;
        return problems.processResponse(ErrorContext.builder(request).cause(exception).error(detail).build(), HttpResponse.notFound());
    }
}

@Singleton
class InvalidFieldHandler implements ExceptionHandler<InvalidFieldException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    InvalidFieldHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidFieldException exception) {
        Error field = new FieldProblem(exception.field(), exception.getMessage());
        return problems.processResponse(ErrorContext.builder(request).cause(exception).error(field).build(), HttpResponse.badRequest());
    }
}

@Singleton
class InvalidFieldsHandler implements ExceptionHandler<InvalidFieldsException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    InvalidFieldsHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidFieldsException exception) {
        return problems.processResponse(ErrorContext.builder(request).cause(exception)
                .errors(java.util.List.copyOf(exception.fields())).build(), HttpResponse.badRequest());
    }
}

@Singleton
class ProblemStatusHandler implements ExceptionHandler<ProblemStatusException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    ProblemStatusHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemStatusException exception) {
        Error detail = exception::getMessage;
        var response = io.micronaut.http.HttpResponse.status(exception.status());
        if (exception.retryAfterSeconds() != null) {
            response.header(io.micronaut.http.HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds().toString());
        }
        return problems.processResponse(ErrorContext.builder(request).cause(exception).error(detail).build(), response);
    }
}

