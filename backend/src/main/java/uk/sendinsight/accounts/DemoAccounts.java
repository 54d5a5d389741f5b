package uk.sendinsight.accounts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo run's accounts, created only when the API runs on its embedded demo database (never with MySQL
 * configured), and announced at start-up so nobody mistakes them for real ones.
 */
@Singleton
@Requires(property = "send-insight.demo-accounts", value = "true")
class DemoAccounts {

    static final String PASSWORD = "demo-only-password";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private static final List<UserEntity> ACCOUNTS = List.of(
            account("leader.wandsworth", Role.AREA_LEADER, "E09000032"),
            account("leader.lambeth", Role.AREA_LEADER, "E09000022"),
            account("adviser", Role.ADVISER, null),
            account("admin", Role.ADMIN, null));

    private final UserRepository users;
    private final Clock clock;

    DemoAccounts(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String hash = Passwords.hash(PASSWORD);
        for (UserEntity account : ACCOUNTS) {
            if (!users.existsById(account.username())) {
                users.save(new UserEntity(account.username(), hash, account.role(), account.areaCode(), false, clock.instant()));
            }
        }
        LOG.warn("DEMO MODE: accounts leader.wandsworth, leader.lambeth, adviser and admin exist with the password '{}'. "
                + "Never use demo mode for real data.", PASSWORD);
    }

    private static UserEntity account(String username, Role role, String areaCode) {
        return new UserEntity(username, "", role.name(), areaCode, false, Instant.EPOCH);
    }
}
