package uk.sendinsight.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** BCrypt, cost 12. */
final class Passwords {

    private static final int COST = 12;
    /** Checked against when the username is unknown, so a wrong username takes as long as a wrong password. */
    static final String UNKNOWN_USER_HASH = hash("no such user, no such password");

    private Passwords() {
    }

    static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
