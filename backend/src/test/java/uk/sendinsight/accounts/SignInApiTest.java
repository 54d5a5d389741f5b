package uk.sendinsight.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.TokenResponse;
import uk.sendinsight.support.Api;
import uk.sendinsight.support.TestClock;

@MicronautTest
class SignInApiTest {

    static final String TEST_SECRET = "test-only-signing-key-of-more-than-256-bits-0123456789";

    @Inject
    Api api;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void signingInGivesAShortLivedBearerTokenAndARefreshToken() {
        TokenResponse tokens = login("adviser", DemoAccounts.PASSWORD).as(TokenResponse.class);

        assertEquals("Bearer", tokens.getTokenType());
        assertEquals(900, tokens.getExpiresIn());
        assertEquals(3, tokens.getAccessToken().split("\\.").length, "a JWS");
        assertTrue(tokens.getRefreshToken().length() >= 40);
    }

    @Test
    void aWrongPasswordOrUnknownUserIsA401ProblemThatDoesNotSayWhich() {
        Api.Reply wrongPassword = login("adviser", "guess");
        Api.Reply unknownUser = login("someone.else", "guess");

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals(wrongPassword.problem().getDetail(), unknownUser.problem().getDetail());
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() {
        Api.Reply reply = login("adviser", "x".repeat(Passwords.MAX_BYTES + 1));

        assertEquals(401, reply.status(), reply.body());
        assertEquals("The username or password is not right.", reply.problem().getDetail());
    }

    @Test
    void repeatedFailedSignInsAreThrottled() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(401, login("throttle.target", "wrong " + i).status());
        }

        Api.Reply throttled = login("throttle.target", "wrong again");

        assertEquals(429, throttled.status());
        assertTrue(Integer.parseInt(throttled.header("Retry-After")) > 0);
        assertEquals("application/problem+json", throttled.contentType());
    }

    @Test
    void aThrottledUsernameMayTryAgainOnceTheLockoutHasPassedOnTheApplicationsClock() {
        for (int i = 0; i <= SignInThrottle.MAX_FAILURES; i++) {
            login("lockout.target", "wrong " + i);
        }
        Api.Reply locked = login("lockout.target", "wrong again");
        clock.set(clock.instant().plus(SignInThrottle.LOCKOUT));

        Api.Reply afterwards = login("lockout.target", "wrong again");

        assertEquals(429, locked.status());
        assertEquals(401, afterwards.status(), afterwards.body());
    }

    @Test
    void aRefreshTokenExpiresFourteenDaysAfterSignInOnTheApplicationsClock() {
        var signedIn = clock.instant();
        String first = login("adviser", DemoAccounts.PASSWORD).as(TokenResponse.class).getRefreshToken();
        String second = login("adviser", DemoAccounts.PASSWORD).as(TokenResponse.class).getRefreshToken();

        clock.set(signedIn.plus(SignInService.REFRESH_LIFETIME).minusSeconds(60));
        Api.Reply justInTime = refresh(first);
        clock.set(signedIn.plus(SignInService.REFRESH_LIFETIME));
        Api.Reply expired = refresh(second);

        assertEquals(200, justInTime.status(), justInTime.body());
        assertEquals(401, expired.status(), expired.body());
    }

    @Test
    void aRefreshTokenWorksOnceAndSigningOutRevokesIt() {
        TokenResponse first = login("admin", DemoAccounts.PASSWORD).as(TokenResponse.class);

        Api.Reply refreshed = refresh(first.getRefreshToken());
        Api.Reply reused = refresh(first.getRefreshToken());
        TokenResponse second = refreshed.as(TokenResponse.class);
        Api.Reply signedOut = api.send("POST", "/api/v1/auth/logout", "application/json",
                "{\"refresh_token\":\"" + second.getRefreshToken() + "\"}");

        assertEquals(200, refreshed.status());
        assertNotEquals(first.getRefreshToken(), second.getRefreshToken());
        assertEquals(401, reused.status());
        assertEquals(204, signedOut.status());
        assertEquals(401, refresh(second.getRefreshToken()).status());
    }

    @Test
    void signingOutAnswersAClientThatAcceptsOnlyJson() {
        Api.Reply reply = api.send("POST", "/api/v1/auth/logout", "application/json", "{\"refresh_token\":\"unknown\"}",
                "Accept", "application/json");

        assertEquals(204, reply.status(), reply.body());
    }

    @Test
    void expiredForgedAndTamperedTokensAreRejected() throws Exception {
        String valid = api.tokenFor("adviser", DemoAccounts.PASSWORD);
        String[] parts = valid.split("\\.");
        String tamperedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"adviser\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + tamperedPayload + "." + parts[2];
        String forged = sign("another-secret-that-is-also-long-enough-0123456789", new Date(System.currentTimeMillis() + 60_000));
        String expired = sign(TEST_SECRET, new Date(System.currentTimeMillis() - 60_000));

        assertEquals(200, audit(valid).status());
        for (String token : List.of(tampered, forged, expired, "not-a-token")) {
            Api.Reply reply = audit(token);
            assertEquals(401, reply.status(), token);
            assertEquals("application/problem+json", reply.contentType());
        }
    }

    private static String sign(String secret, Date expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("admin").claim("roles", List.of("ADMIN"))
                .expirationTime(expires).issueTime(new Date()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private Api.Reply audit(String token) {
        return api.get("/api/v1/audit", "Authorization", "Bearer " + token);
    }

    private Api.Reply login(String username, String password) {
        return api.send("POST", "/api/v1/auth/login", "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private Api.Reply refresh(String token) {
        return api.send("POST", "/api/v1/auth/refresh", "application/json", "{\"refresh_token\":\"" + token + "\"}");
    }
}
