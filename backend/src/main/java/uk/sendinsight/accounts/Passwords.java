package uk.sendinsight.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** BCrypt, cost 12. */
final class Passwords {

    /** BCrypt reads no more than this many bytes of a password; longer ones are refused rather than cut short. */
    static final int MAX_BYTES = 72;
    private static final int COST = 12;
    /** Checked against when the username is unknown, so a wrong username takes as long as a wrong password. */
    static final String UNKNOWN_USER_HASH = hash("no such user, no such password");

    private Passwords() {
    }

    static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    static boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
