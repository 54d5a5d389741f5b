package uk.sendinsight;

import io.micronaut.runtime.Micronaut;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import uk.sendinsight.accounts.FirstAdministrator;

/** Starts the SEND Insight API. */
public class Application {

    static final int MIN_SECRET_BYTES = 32;

    public static void main(String[] args) {
        boolean demo = isBlank(System.getenv("MYSQL_URL"));
        String secret = System.getenv("JWT_SECRET");
        if (isBlank(secret)) {
            if (!demo) {
                System.err.println("JWT_SECRET is not set. With MYSQL_URL configured the API needs a signing key of at least "
                        + MIN_SECRET_BYTES + " bytes (256 bits) from the environment, e.g. `openssl rand -base64 48`.");
                System.exit(2);
            }
            secret = randomSecret();
            System.out.println("Demo mode: no JWT_SECRET given, so a random signing key was generated for this run; "
                    + "tokens stop working when the API restarts.");
        } else if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            System.err.println("JWT_SECRET is too short: it needs at least " + MIN_SECRET_BYTES + " bytes (256 bits).");
            System.exit(2);
        }
        String adminPassword = System.getenv("ADMIN_PASSWORD");
        if (!isBlank(adminPassword)) {
            String adminUsername = isBlank(System.getenv("ADMIN_USERNAME")) ? "admin" : System.getenv("ADMIN_USERNAME");
            FirstAdministrator.configurationProblem(adminUsername, adminPassword).ifPresent(problem -> {
                System.err.println(problem + " It sets the first administrator's password; the API did not start.");
                System.exit(2);
            });
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(demo
                        ? Map.of("send-insight.jwt-secret", secret, "send-insight.demo-accounts", true, "send-insight.demo-plans", true)
                        : Map.of("send-insight.jwt-secret", secret, "send-insight.demo-accounts", false))
                .start();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
