package uk.sendinsight.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sendinsight.shared.ProblemStatusException;

/** Signs users in with BCrypt-checked passwords; issues short-lived JWTs and rotating, revocable refresh tokens. */
@Singleton
public class SignInService {

    /** The claim carrying an area leader's area code. */
    public static final String AREA_CLAIM = "area";

    /** Whether the signed-in user is a leader of this area (by its ONS code). */
    public static boolean leads(io.micronaut.security.authentication.Authentication user, String areaCode) {
        return user.getRoles().contains(Role.AREA_LEADER.name()) && areaCode.equals(user.getAttributes().get(AREA_CLAIM));
    }
    static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tokens a sign-in or refresh hands out. */
    record Tokens(String accessToken, String refreshToken, int expiresIn) {
    }

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final SignInThrottle throttle;
    private final JwtTokenGenerator jwt;
    private final int accessTokenSeconds;
    private final Clock clock;

    SignInService(UserRepository users, RefreshTokenRepository refreshTokens, SignInThrottle throttle, JwtTokenGenerator jwt,
                  @Value("${micronaut.security.token.jwt.generator.access-token.expiration:900}") int accessTokenSeconds, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.jwt = jwt;
        this.accessTokenSeconds = accessTokenSeconds;
        this.clock = clock;
    }

    @Transactional
    Tokens signIn(String username, String password) {
        long locked = throttle.secondsLocked(username);
        if (locked > 0) {
            LOG.warn("Sign-in refused for '{}': locked after repeated failures", username);
            throw new ProblemStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this username. Try again in " + locked + " seconds.", (int) locked);
        }
        var user = users.findById(username).filter(u -> !u.disabled());
        boolean valid = Passwords.matches(password, user.map(UserEntity::passwordHash).orElse(Passwords.UNKNOWN_USER_HASH));
        if (user.isEmpty() || !valid) {
            throttle.failed(username);
            LOG.warn("Failed sign-in for '{}'", username);
            throw new ProblemStatusException(HttpStatus.UNAUTHORIZED, "The username or password is not right.");
        }
        throttle.succeeded(username);
        return issue(user.get());
    }

    @Transactional
    Tokens refresh(String refreshToken) {
        RefreshTokenEntity stored = refreshTokens.findById(hash(refreshToken))
                .filter(t -> !t.revoked() && t.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ProblemStatusException(HttpStatus.UNAUTHORIZED, "The refresh token is not valid (expired, revoked or unknown)."));
        UserEntity user = users.findById(stored.username()).filter(u -> !u.disabled())
                .orElseThrow(() -> new ProblemStatusException(HttpStatus.UNAUTHORIZED, "The account is disabled."));
        refreshTokens.updateRevoked(stored.tokenHash(), true);
        return issue(user);
    }

    @Transactional
    void signOut(String refreshToken) {
        refreshTokens.findById(hash(refreshToken)).ifPresent(t -> refreshTokens.updateRevoked(t.tokenHash(), true));
    }

    private Tokens issue(UserEntity user) {
        Map<String, Object> attributes = new HashMap<>();
        if (user.areaCode() != null) {
            attributes.put(AREA_CLAIM, user.areaCode());
        }
        Authentication authentication = Authentication.build(user.username(), List.of(user.role()), attributes);
        String accessToken = jwt.generateToken(authentication, accessTokenSeconds)
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        refreshTokens.save(new RefreshTokenEntity(hash(refreshToken), user.username(), clock.instant().plus(REFRESH_LIFETIME), false));
        return new Tokens(accessToken, refreshToken, accessTokenSeconds);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
