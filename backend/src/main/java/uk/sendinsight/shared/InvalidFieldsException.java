package uk.sendinsight.shared;

import java.util.List;

/** Several fields of a request body are invalid; each is reported, and nothing is stored. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldProblem> fields;

    public InvalidFieldsException(List<FieldProblem> fields) {
        super(fields.size() + " invalid fields");
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
