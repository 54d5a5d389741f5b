package uk.sendinsight.shared;

import io.micronaut.http.HttpStatus;

/** Ends a request with a status and a detail the client may read (401, 403, 429 …). */
public class ProblemStatusException extends RuntimeException {

    private final HttpStatus status;
    private final Integer retryAfterSeconds;

    public ProblemStatusException(HttpStatus status, String detail) {
        this(status, detail, null);
    }

    public ProblemStatusException(HttpStatus status, String detail, Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
