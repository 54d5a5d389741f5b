package uk.sendinsight.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** What a new password must be: the same for the admin API and the first administrator set at start-up. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    private PasswordRules() {
    }

    /** Why the password may not be used, in words that follow its field name; empty if it may. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            return Optional.of("must be at most " + Passwords.MAX_BYTES + " bytes long in UTF-8 (fewer characters if some are accented)");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }
}
