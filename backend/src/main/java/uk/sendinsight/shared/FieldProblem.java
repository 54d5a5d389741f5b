package uk.sendinsight.shared;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Optional;

/** One invalid parameter or body field, as the problem's {@code errors} list shows it. */
public record FieldProblem(String field, String message) implements Error {

    @Override
    public Optional<String> getPath() {
        return Optional.of(field);
    }

    @Override
    public String getMessage() {
        return message;
    }
}
