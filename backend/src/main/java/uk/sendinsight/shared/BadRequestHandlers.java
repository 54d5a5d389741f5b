package uk.sendinsight.shared;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Replaces Micronaut's handlers for invalid input so that each problem names the parameter or field in the
 * client's terms ({@code pageSize}, not {@code listAreas.pageSize}) and never mentions Java types.
 */
@Factory
class BadRequestHandlers {

    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    ExceptionHandler<ConstraintViolationException, HttpResponse<?>> constraintViolations(ErrorResponseProcessor<?> problems) {
        return (request, e) -> badRequest(problems, request, e, e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(fieldName(v), v.getMessage()))
                .toList());
    }

    @Singleton
    @Replaces(ConversionErrorHandler.class)
    ExceptionHandler<ConversionErrorException, HttpResponse<?>> conversionErrors(ErrorResponseProcessor<?> problems) {
        return (request, e) -> badRequest(problems, request, e, List.of(bodyProperty(e)
                .orElseGet(() -> new FieldProblem(e.getArgument().getName(), expectation(e.getArgument())))));
    }

    private static final java.util.regex.Pattern DECODED_PROPERTY =
            java.util.regex.Pattern.compile("Error decoding property \\[(?:\\S+ )?(\\w+)\\]");

    /** A body that is JSON but has a field of the wrong kind (an unknown enum value, text for a number): name that field. */
    private static java.util.Optional<FieldProblem> bodyProperty(ConversionErrorException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            var matcher = DECODED_PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find()) {
                return java.util.Optional.of(new FieldProblem(matcher.group(1), "has a value of the wrong kind (see the schema for what it allows)"));
            }
        }
        return java.util.Optional.empty();
    }

    @Singleton
    @Replaces(UnsatisfiedArgumentHandler.class)
    ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<?>> unsatisfiedArguments(ErrorResponseProcessor<?> problems) {
        return (request, e) -> badRequest(problems, request, e, List.of(new FieldProblem(e.getArgument().getName(), "is required")));
    }

    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> unsatisfiedRoutes(ErrorResponseProcessor<?> problems) {
        return (request, e) -> badRequest(problems, request, e, List.of(new FieldProblem(e.getArgument().getName(), "is required")));
    }

    @Singleton
    @Replaces(JsonExceptionHandler.class)
    ExceptionHandler<JsonSyntaxException, HttpResponse<?>> malformedJson(ErrorResponseProcessor<?> problems) {
        Error notJson = () -> "The request body is not valid JSON.";
        return (request, e) -> problems.processResponse(ErrorContext.builder(request).cause(e).error(notJson).build(), HttpResponse.badRequest());
    }

    private static HttpResponse<?> badRequest(ErrorResponseProcessor<?> problems, HttpRequest<?> request, Throwable cause,
                                              List<FieldProblem> fields) {
        return problems.processResponse(ErrorContext.builder(request).cause(cause).errors(List.copyOf(fields)).build(), HttpResponse.badRequest());
    }

    /** A violation's path starts with the method; a body's fields follow the body parameter's own name. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                default -> names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            }
        }
        if (names.size() > 1) {
            names.remove(0);
        }
        return names.isEmpty() ? violation.getPropertyPath().toString() : String.join(".", names);
    }

    private static String expectation(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type.isEnum()) {
            return "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        return "has a value that cannot be read";
    }
}
