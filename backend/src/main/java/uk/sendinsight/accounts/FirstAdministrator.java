package uk.sendinsight.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With MySQL configured no account is seeded, so ADMIN_PASSWORD (and optionally ADMIN_USERNAME, default
 * {@code admin}) creates the first administrator at start-up when no enabled one exists. The password is never logged.
 */
@Singleton
public class FirstAdministrator {

    /** The same rule as the contract's {@code NewUser.username}. */
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9]+([._@-][a-z0-9]+)*$");
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdministration administration;
    private final String username;
    private final String password;
    private final boolean demo;

    FirstAdministrator(UserAdministration administration,
                       @Value("${send-insight.first-admin.username:admin}") String username,
                       @Value("${send-insight.first-admin.password:}") String password,
                       @Value("${send-insight.demo-accounts:false}") boolean demo) {
        this.administration = administration;
        this.username = username == null || username.isBlank() ? "admin" : username;
        this.password = password == null ? "" : password;
        this.demo = demo;
    }

    /** Why ADMIN_USERNAME and ADMIN_PASSWORD cannot be used, as a message for whoever starts the API; empty if they can. */
    public static Optional<String> configurationProblem(String username, String password) {
        if (username.length() > 100 || !USERNAME.matcher(username).matches()) {
            return Optional.of("ADMIN_USERNAME '" + username + "' is not a username: use lower-case letters and digits, "
                    + "in parts joined by '.', '_', '-' or '@' (at most 100 characters).");
        }
        return PasswordRules.problem(username, password).map(problem -> "ADMIN_PASSWORD " + problem
                + (problem.contains("username") ? " (ADMIN_USERNAME, '" + username + "')." : "."));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (password.isBlank()) {
            return;
        }
        if (demo) {
            LOG.warn("ADMIN_PASSWORD is not used in demo mode: the demo accounts, admin among them, are created instead.");
            return;
        }
        switch (administration.createFirstAdministrator(username, password)) {
            case CREATED -> LOG.warn("No enabled administrator existed, so the administrator '{}' was created with the password "
                    + "given in ADMIN_PASSWORD.", username);
            case NOT_NEEDED -> LOG.info("An enabled administrator exists, so ADMIN_PASSWORD was not used.");
            case USERNAME_TAKEN -> LOG.error("No enabled administrator exists, but an account named '{}' does, and it was left "
                    + "as it is. Set ADMIN_USERNAME to a new name to create an administrator.", username);
        }
    }
}
