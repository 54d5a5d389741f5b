package uk.sendinsight.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.sendinsight.accounts.UserAdministration.FirstAdministratorOutcome;
import uk.sendinsight.api.model.AuditEntry;
import uk.sendinsight.api.model.AuditPage;
import uk.sendinsight.support.Api;

/**
 * What ADMIN_PASSWORD does at start-up on MySQL. The test database always has the demo administrator, so the tests
 * that need "no enabled administrator" disable every one for the duration of the test and enable them again after.
 * Not in a test transaction: the server must see what the tests commit.
 */
@MicronautTest(transactional = false)
class FirstAdministratorTest {

    static final String PASSWORD = "an opening passphrase";

    @Inject
    Api api;

    @Inject
    UserAdministration administration;

    @Inject
    UserRepository users;

    private final List<String> disabledForTheTest = new ArrayList<>();

    @AfterEach
    void enableTheAdministratorsAgain() {
        disabledForTheTest.forEach(username -> users.updateDisabled(username, false));
        disabledForTheTest.clear();
    }

    @Test
    void withNoEnabledAdministratorTheConfiguredOneIsCreatedAndCanManageAccounts() {
        String username = UsersApiTest.unique("first.admin");
        noEnabledAdministrator();

        FirstAdministratorOutcome outcome = administration.createFirstAdministrator(username, PASSWORD);

        assertEquals(FirstAdministratorOutcome.CREATED, outcome);
        UserEntity created = users.findById(username).orElseThrow();
        assertEquals("ADMIN", created.role());
        assertFalse(created.disabled());
        String token = api.tokenFor(username, PASSWORD);
        assertEquals(200, api.get("/api/v1/users", "Authorization", "Bearer " + token).status());
        AuditPage audit = api.get("/api/v1/audit?pageSize=20", "Authorization", "Bearer " + token).as(AuditPage.class);
        AuditEntry entry = audit.getItems().stream().filter(e -> username.equals(e.getAccount())).findFirst().orElseThrow();
        assertEquals("system", entry.getActor());
        assertEquals("user.created", entry.getAction());
        assertFalse(entry.getAfter().contains(PASSWORD));
    }

    @Test
    void whileAnEnabledAdministratorExistsNothingIsCreated() {
        String username = UsersApiTest.unique("second.admin");

        FirstAdministratorOutcome outcome = administration.createFirstAdministrator(username, PASSWORD);

        assertEquals(FirstAdministratorOutcome.NOT_NEEDED, outcome);
        assertFalse(users.existsById(username));
    }

    @Test
    void anExistingAccountOfTheConfiguredNameIsLeftAsItIs() {
        UserEntity adviser = users.findById("adviser").orElseThrow();
        noEnabledAdministrator();

        FirstAdministratorOutcome outcome = administration.createFirstAdministrator("adviser", PASSWORD);

        assertEquals(FirstAdministratorOutcome.USERNAME_TAKEN, outcome);
        assertEquals(adviser, users.findById("adviser").orElseThrow());
    }

    @Test
    void aPasswordOrUsernameTheApiWouldRefuseStopsTheStartWithAClearMessage() {
        assertEquals(Optional.of("ADMIN_PASSWORD must be at least 12 characters long."),
                FirstAdministrator.configurationProblem("admin", "short"));
        assertEquals(Optional.of("ADMIN_PASSWORD must not contain the username (ADMIN_USERNAME, 'admin')."),
                FirstAdministrator.configurationProblem("admin", "admin-password-2025"));
        assertTrue(FirstAdministrator.configurationProblem("Chief Admin", PASSWORD).orElseThrow().startsWith("ADMIN_USERNAME 'Chief Admin'"));
        assertEquals(Optional.empty(), FirstAdministrator.configurationProblem("admin", PASSWORD));
    }

    private void noEnabledAdministrator() {
        for (UserEntity user : users.findAll()) {
            if (user.role().equals("ADMIN") && !user.disabled()) {
                users.updateDisabled(user.username(), true);
                disabledForTheTest.add(user.username());
            }
        }
    }
}
