package uk.sendinsight.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sendinsight.api.model.AuditEntry;
import uk.sendinsight.api.model.AuditPage;
import uk.sendinsight.api.model.FieldError;
import uk.sendinsight.api.model.TokenResponse;
import uk.sendinsight.api.model.User;
import uk.sendinsight.api.model.UserPage;
import uk.sendinsight.support.Api;

@MicronautTest
class UsersApiTest {

    static final String NEW_PASSWORD = "correct horse battery staple";

    @Inject
    Api api;

    @Inject
    UserRepository users;

    @Test
    void anAdministratorCreatesAnAreaLeaderWhoCanThenSignIn() {
        String username = unique("leader.camden");

        Api.Reply created = create(admin(), "{\"username\":\"" + username + "\",\"role\":\"AREA_LEADER\",\"areaCode\":\"202\","
                + "\"password\":\"" + NEW_PASSWORD + "\"}");

        assertEquals(201, created.status(), created.body());
        assertEquals("/api/v1/users/" + username, created.header("Location"));
        User user = created.as(User.class);
        assertEquals(username, user.getUsername());
        assertEquals("AREA_LEADER", user.getRole().getValue());
        assertEquals("E09000007", user.getAreaCode(), "stored under the ONS code whichever code was given");
        assertFalse(user.getDisabled());
        assertEquals(user, api.get(created.header("Location"), bearer(admin())).as(User.class));
        assertEquals(200, login(username, NEW_PASSWORD).status());
    }

    @Test
    void theListShowsEveryAccountByUsernameAndNeverAPasswordOrItsHash() {
        Api.Reply reply = api.get("/api/v1/users?pageSize=200", bearer(admin()));

        assertEquals(200, reply.status(), reply.body());
        UserPage page = reply.as(UserPage.class);
        List<String> names = page.getItems().stream().map(User::getUsername).toList();
        assertTrue(names.containsAll(List.of("admin", "adviser", "leader.lambeth", "leader.wandsworth")), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals("E09000032", page.getItems().stream().filter(u -> u.getUsername().equals("leader.wandsworth"))
                .findFirst().orElseThrow().getAreaCode());
        assertFalse(reply.body().contains("password"), reply.body());
        assertFalse(reply.body().contains("$2a$"), reply.body());
    }

    @Test
    void onlyAdministratorsSeeOrChangeAccounts() {
        assertEquals(401, api.get("/api/v1/users").status());
        assertEquals(401, api.get("/api/v1/users/admin").status());
        assertEquals(403, api.get("/api/v1/users", bearer(api.tokenFor("adviser", DemoAccounts.PASSWORD))).status());
        assertEquals(403, api.get("/api/v1/users/adviser", bearer(api.tokenFor("leader.wandsworth", DemoAccounts.PASSWORD))).status());
        Api.Reply byAdviser = api.send("PATCH", "/api/v1/users/leader.wandsworth", "application/json", "{\"disabled\":true}",
                bearer(api.tokenFor("adviser", DemoAccounts.PASSWORD)));

        assertEquals(403, byAdviser.status());
        assertEquals("application/problem+json", byAdviser.contentType());
        assertFalse(users.findById("leader.wandsworth").orElseThrow().disabled());
    }

    @Test
    void aUsernameThatExistsIsA409AndTheAccountIsUnchanged() {
        UserEntity before = users.findById("leader.wandsworth").orElseThrow();

        Api.Reply reply = create(admin(), "{\"username\":\"leader.wandsworth\",\"role\":\"ADMIN\",\"password\":\"" + NEW_PASSWORD + "\"}");

        assertEquals(409, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("An account with the username 'leader.wandsworth' already exists.", reply.problem().getDetail());
        assertEquals(before, users.findById("leader.wandsworth").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a leader without an area | AREA_LEADER | | correct horse battery staple | areaCode=is required for an area leader",
            "a leader of a region | AREA_LEADER | E12000007 | correct horse battery staple | areaCode=must be a local authority, not a region",
            "a leader of no area | AREA_LEADER | E99999999 | correct horse battery staple | areaCode=is not the code of any area",
            "an adviser with an area | ADVISER | E09000032 | correct horse battery staple | areaCode=is only for area leaders",
            "a password containing the username | ADVISER | | my name is NEWCOMER, hi | password=must not contain the username",
            "a password of 73 bytes | SERVICE | | ééééééééééééééééééééééééééééééééééééé | "
                    + "password=must be at most 72 bytes long in UTF-8 (fewer characters if some are accented)",
            "two problems at once | AREA_LEADER | | newcomer-newcomer | areaCode=is required for an area leader;password=must not contain the username",
            "a short password | ADMIN | | too short | password=size must be between 12 and 72"})
    void badFieldsAreA400NamingEachFieldAndNothingIsStored(String what, String role, String areaCode, String password, String expected) {
        String username = unique("newcomer");
        String body = "{\"username\":\"" + username + "\",\"role\":\"" + role + "\","
                + (areaCode == null ? "" : "\"areaCode\":\"" + areaCode + "\",")
                + "\"password\":\"" + password.replace("newcomer", username).replace("NEWCOMER", username.toUpperCase()) + "\"}";

        Api.Reply reply = create(admin(), body);

        assertEquals(400, reply.status(), reply.body());
        List<String> errors = reply.problem().getErrors().stream().map(e -> e.getField() + "=" + e.getMessage()).toList();
        assertEquals(List.of(expected.split(";")), errors);
        assertFalse(users.existsById(username));
    }

    @Test
    void aMalformedUsernameOrAnUnknownRoleIsA400NamingTheField() {
        Api.Reply badName = create(admin(), "{\"username\":\"Not A Name\",\"role\":\"ADVISER\",\"password\":\"" + NEW_PASSWORD + "\"}");
        Api.Reply noRole = create(admin(), "{\"username\":\"" + unique("norole") + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
        Api.Reply unknownRole = create(admin(), "{\"username\":\"" + unique("superuser") + "\",\"role\":\"SUPERUSER\",\"password\":\""
                + NEW_PASSWORD + "\"}");

        assertEquals(400, badName.status(), badName.body());
        assertEquals("username", badName.problem().getErrors().get(0).getField());
        assertEquals(400, noRole.status(), noRole.body());
        assertEquals(List.of(new FieldError("role", "must not be null")), noRole.problem().getErrors());
        assertEquals(400, unknownRole.status(), unknownRole.body());
        assertEquals(List.of(new FieldError("role", "must be one of: AREA_LEADER, ADVISER, ADMIN, SERVICE")), unknownRole.problem().getErrors());
        assertFalse(users.existsById("Not A Name"));
    }

    @Test
    void disablingAnAccountStopsItsSignInAndItsRefreshTokenUntilItIsEnabledAgain() {
        String username = createAdviser();
        TokenResponse tokens = login(username, NEW_PASSWORD).as(TokenResponse.class);

        Api.Reply disabled = patch(username, "{\"disabled\":true}");

        assertEquals(200, disabled.status(), disabled.body());
        assertTrue(disabled.as(User.class).getDisabled());
        assertEquals(401, login(username, NEW_PASSWORD).status());
        assertEquals(401, refresh(tokens.getRefreshToken()).status());

        Api.Reply enabled = patch(username, "{\"disabled\":false}");

        assertEquals(200, enabled.status(), enabled.body());
        assertFalse(enabled.as(User.class).getDisabled());
        assertEquals(200, login(username, NEW_PASSWORD).status());
        assertEquals(401, refresh(tokens.getRefreshToken()).status(), "a token revoked on disabling stays revoked");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        Api.Reply reply = patch("admin", "{\"disabled\":true}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of(new FieldError("disabled", "cannot be true for your own account: another administrator must disable it")),
                reply.problem().getErrors());
        assertFalse(users.findById("admin").orElseThrow().disabled());
    }

    @Test
    void resettingAPasswordStopsTheOldOneAndItsRefreshTokens() {
        String username = createAdviser();
        TokenResponse tokens = login(username, NEW_PASSWORD).as(TokenResponse.class);
        String replacement = "a different passphrase entirely";

        Api.Reply reset = api.send("PUT", "/api/v1/users/" + username + "/password", "application/json",
                "{\"password\":\"" + replacement + "\"}", "Authorization", "Bearer " + admin(), "Accept", "application/json");

        assertEquals(204, reset.status(), reset.body());
        assertEquals(401, login(username, NEW_PASSWORD).status());
        assertEquals(200, login(username, replacement).status());
        assertEquals(401, refresh(tokens.getRefreshToken()).status());
    }

    @Test
    void aNewPasswordThatBreaksTheRulesIsA400AndTheOldOneStillWorks() {
        String username = createAdviser();

        Api.Reply reply = api.send("PUT", "/api/v1/users/" + username + "/password", "application/json",
                "{\"password\":\"" + username + "-again\"}", bearer(admin()));

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of(new FieldError("password", "must not contain the username")), reply.problem().getErrors());
        assertEquals(200, login(username, NEW_PASSWORD).status());
    }

    @Test
    void anUnknownAccountIsA404() {
        assertEquals(404, api.get("/api/v1/users/no.such.account", bearer(admin())).status());
        assertEquals(404, patch("no.such.account", "{\"disabled\":true}").status());
        Api.Reply reset = api.send("PUT", "/api/v1/users/no.such.account/password", "application/json",
                "{\"password\":\"" + NEW_PASSWORD + "\"}", bearer(admin()));
        assertEquals(404, reset.status());
        assertEquals("No account has the username 'no.such.account'.", reset.problem().getDetail());
    }

    @Test
    void theAuditListsEveryChangeToAnAccountWithoutAnySecret() {
        String username = createAdviser();
        String replacement = "yet another long passphrase";
        patch(username, "{\"disabled\":true}");
        patch(username, "{\"disabled\":false}");
        api.send("PUT", "/api/v1/users/" + username + "/password", "application/json", "{\"password\":\"" + replacement + "\"}",
                bearer(admin()));

        Api.Reply reply = api.get("/api/v1/audit?pageSize=200", bearer(api.tokenFor("adviser", DemoAccounts.PASSWORD)));

        assertEquals(200, reply.status(), reply.body());
        List<AuditEntry> changes = reply.as(AuditPage.class).getItems().stream().filter(e -> username.equals(e.getAccount())).toList();
        assertEquals(List.of("user.password-reset", "user.enabled", "user.disabled", "user.created"),
                changes.stream().map(AuditEntry::getAction).toList());
        assertTrue(changes.stream().allMatch(e -> e.getActor().equals("admin") && e.getArea() == null && e.getPeriod() == null));
        AuditEntry disabling = changes.get(2);
        assertEquals("{\"username\":\"" + username + "\",\"role\":\"ADVISER\",\"areaCode\":null,\"disabled\":false}", disabling.getBefore());
        assertEquals("{\"username\":\"" + username + "\",\"role\":\"ADVISER\",\"areaCode\":null,\"disabled\":true}", disabling.getAfter());
        assertNull(changes.get(0).getBefore());
        assertNull(changes.get(0).getAfter());
        String hash = users.findById(username).orElseThrow().passwordHash();
        for (String secret : List.of(NEW_PASSWORD, replacement, hash, "$2a$")) {
            assertFalse(reply.body().contains(secret), "the audit shows " + secret);
        }
    }

    @Test
    void anAreaLeaderDoesNotSeeChangesToAccountsInTheirAudit() {
        createAdviser();

        AuditPage page = api.get("/api/v1/audit?pageSize=200", bearer(api.tokenFor("leader.wandsworth", DemoAccounts.PASSWORD)))
                .as(AuditPage.class);

        assertTrue(page.getItems().stream().allMatch(e -> e.getAccount() == null && "E09000032".equals(e.getArea().getCode())));
    }

    private String createAdviser() {
        String username = unique("adviser");
        Api.Reply reply = create(admin(), "{\"username\":\"" + username + "\",\"role\":\"ADVISER\",\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return username;
    }

    /** Tests share one database, and it may outlive a run: every account a test creates has a name of its own. */
    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private String admin() {
        return api.tokenFor("admin", DemoAccounts.PASSWORD);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private Api.Reply create(String token, String body) {
        return api.send("POST", "/api/v1/users", "application/json", body, bearer(token));
    }

    private Api.Reply patch(String username, String body) {
        return api.send("PATCH", "/api/v1/users/" + username, "application/json", body, bearer(admin()));
    }

    private Api.Reply login(String username, String password) {
        return api.send("POST", "/api/v1/auth/login", "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private Api.Reply refresh(String token) {
        return api.send("POST", "/api/v1/auth/refresh", "application/json", "{\"refresh_token\":\"" + token + "\"}");
    }
}
