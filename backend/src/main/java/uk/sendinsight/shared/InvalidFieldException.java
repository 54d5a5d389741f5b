package uk.sendinsight.shared;

/** A parameter or field the client sent is valid in form but not in meaning (e.g. a breakdown the indicator lacks). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
