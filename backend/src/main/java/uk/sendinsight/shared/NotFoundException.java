package uk.sendinsight.shared;

/** Nothing exists under the identifier the client gave; the message is shown to the client as the problem detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
