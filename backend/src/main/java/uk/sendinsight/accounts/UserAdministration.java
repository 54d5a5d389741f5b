package uk.sendinsight.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.areas.AreaService;
import uk.sendinsight.audit.AuditTrail;
import uk.sendinsight.shared.FieldProblem;
import uk.sendinsight.shared.InvalidFieldsException;
import uk.sendinsight.shared.NotFoundException;
import uk.sendinsight.shared.ProblemStatusException;

/**
 * Administrators create accounts, disable and re-enable them and reset their passwords. Every change is audited in
 * its own transaction, never with a password or hash; a refused change stores nothing.
 */
@Singleton
class UserAdministration {

    static final String CREATED = "user.created";
    static final String DISABLED = "user.disabled";
    static final String ENABLED = "user.enabled";
    static final String PASSWORD_RESET = "user.password-reset";
    /** The actor of changes the API makes by itself at start-up. */
    static final String SYSTEM = "system";
    private static final String LOCAL_AUTHORITY = "local_authority";

    /** What an administrator asks for when creating an account. */
    record NewAccount(String username, Role role, @Nullable String areaCode, String password) {
    }

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AreaService areas;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    UserAdministration(UserRepository users, RefreshTokenRepository refreshTokens, AreaService areas, AuditTrail audit, JsonMapper json,
                       Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.areas = areas;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    Page<UserEntity> list(int page, int pageSize) {
        return users.findAll(Pageable.from(page - 1, pageSize, Sort.of(Sort.Order.asc("username"))));
    }

    UserEntity find(String username) {
        return users.findById(username).orElseThrow(() -> new NotFoundException("No account has the username '" + username + "'."));
    }

    @Transactional
    UserEntity create(String actor, NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        String areaCode = null;
        boolean hasArea = account.areaCode() != null && !account.areaCode().isBlank();
        if (account.role() == Role.AREA_LEADER && !hasArea) {
            problems.add(new FieldProblem("areaCode", "is required for an area leader"));
        } else if (account.role() == Role.AREA_LEADER) {
            AreaFacts area = areas.facts(account.areaCode()).orElse(null);
            if (area == null) {
                problems.add(new FieldProblem("areaCode", "is not the code of any area"));
            } else if (!LOCAL_AUTHORITY.equals(area.type())) {
                problems.add(new FieldProblem("areaCode", "must be a local authority, not a " + area.type().replace('_', ' ')));
            } else {
                areaCode = area.code();
            }
        } else if (hasArea) {
            problems.add(new FieldProblem("areaCode", "is only for area leaders"));
        }
        PasswordRules.problem(account.username(), account.password())
                .ifPresent(problem -> problems.add(new FieldProblem("password", problem)));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        if (users.existsById(account.username())) {
            throw new ProblemStatusException(HttpStatus.CONFLICT, "An account with the username '" + account.username() + "' already exists.");
        }
        UserEntity created = users.save(new UserEntity(account.username(), Passwords.hash(account.password()), account.role().name(),
                areaCode, false, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        audit.recordAccountChange(actor, CREATED, created.username(), null, describe(created));
        return created;
    }

    @Transactional
    UserEntity setDisabled(String actor, String username, boolean disabled) {
        UserEntity user = find(username);
        if (disabled && user.username().equals(actor)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("disabled",
                    "cannot be true for your own account: another administrator must disable it")));
        }
        if (user.disabled() == disabled) {
            return user;
        }
        users.updateDisabled(user.username(), disabled);
        if (disabled) {
            refreshTokens.revokeAllOf(user.username());
        }
        UserEntity changed = new UserEntity(user.username(), user.passwordHash(), user.role(), user.areaCode(), disabled, user.createdAt());
        audit.recordAccountChange(actor, disabled ? DISABLED : ENABLED, user.username(), describe(user), describe(changed));
        return changed;
    }

    @Transactional
    void resetPassword(String actor, String username, String password) {
        UserEntity user = find(username);
        var problem = PasswordRules.problem(user.username(), password);
        if (problem.isPresent()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("password", problem.get())));
        }
        users.updatePasswordHash(user.username(), Passwords.hash(password));
        refreshTokens.revokeAllOf(user.username());
        audit.recordAccountChange(actor, PASSWORD_RESET, user.username(), null, null);
    }

    /** What {@link #createFirstAdministrator} did. */
    enum FirstAdministratorOutcome { CREATED, NOT_NEEDED, USERNAME_TAKEN }

    /**
     * Creates an administrator when no enabled one exists (a new MySQL database has none), so that someone can sign
     * in to create the other accounts. An existing account of that name is never changed.
     */
    @Transactional
    FirstAdministratorOutcome createFirstAdministrator(String username, String password) {
        if (users.existsByRoleAndDisabled(Role.ADMIN.name(), false)) {
            return FirstAdministratorOutcome.NOT_NEEDED;
        }
        if (users.existsById(username)) {
            return FirstAdministratorOutcome.USERNAME_TAKEN;
        }
        UserEntity created = users.save(new UserEntity(username, Passwords.hash(password), Role.ADMIN.name(), null, false,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        audit.recordAccountChange(SYSTEM, CREATED, created.username(), null, describe(created));
        return FirstAdministratorOutcome.CREATED;
    }

    /** The account as the audit shows it: never the password hash. */
    private String describe(UserEntity user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", user.username());
        fields.put("role", user.role());
        fields.put("areaCode", user.areaCode());
        fields.put("disabled", user.disabled());
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
