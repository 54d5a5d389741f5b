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
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
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
import java.util.Optional;
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
        return (request, e) -> badRequest(problems, request, e, List.of(unreadableProperty(e)
                .orElseGet(() -> new FieldProblem(e.getArgument().getName(), expectation(e.getArgument())))));
    }

    /** Names the body's property whose value could not be read (an unknown enum constant, say), not the whole body. */
    private static Optional<FieldProblem> unreadableProperty(ConversionErrorException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                List<String> names = new ArrayList<>();
                Argument<?> last = null;
                for (ReferencePath step : serde.getPath()) {
                    if (step instanceof PropertyReferencePath property) {
                        names.add(property.property().getName());
                        last = property.property();
                    } else if (step instanceof CollectionItemReferencePath item && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + item.index() + "]");
                    }
                }
                if (last != null) {
                    return Optional.of(new FieldProblem(String.join(".", names), expectation(last)));
                }
            }
        }
        return Optional.empty();
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
