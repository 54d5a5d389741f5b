package uk.sendinsight.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import java.time.ZoneOffset;
import uk.sendinsight.api.UsersApi;
import uk.sendinsight.api.model.NewUser;
import uk.sendinsight.api.model.PasswordReset;
import uk.sendinsight.api.model.User;
import uk.sendinsight.api.model.UserChange;
import uk.sendinsight.api.model.UserPage;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class UsersController implements UsersApi {

    private final UserAdministration administration;
    private final SecurityService security;

    UsersController(UserAdministration administration, SecurityService security) {
        this.administration = administration;
        this.security = security;
    }

    @Override
    public UserPage listUsers(Integer page, Integer pageSize) {
        var found = administration.list(page, pageSize);
        return new UserPage(found.getContent().stream().map(UsersController::toModel).toList(), page, pageSize,
                found.getTotalSize(), found.getTotalPages());
    }

    @Override
    public HttpResponse<User> createUser(NewUser body) {
        UserEntity created = administration.create(actor(), new UserAdministration.NewAccount(body.getUsername(),
                Role.valueOf(body.getRole().getValue()), body.getAreaCode(), body.getPassword()));
        return HttpResponse.created(toModel(created), UriBuilder.of("/api/v1/users").path(created.username()).build());
    }

    @Override
    public User getUser(String username) {
        return toModel(administration.find(username));
    }

    @Override
    public User updateUser(String username, UserChange change) {
        return toModel(administration.setDisabled(actor(), username, change.getDisabled()));
    }

    /** JSON too, not only the problem type the contract gives errors: a JSON client's Accept must not turn a 204 into a 406. */
    @Override
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public HttpResponse<Void> resetUserPassword(String username, PasswordReset reset) {
        administration.resetPassword(actor(), username, reset.getPassword());
        return HttpResponse.noContent();
    }

    private String actor() {
        return security.getAuthentication().orElseThrow().getName();
    }

    private static User toModel(UserEntity user) {
        return new User(user.username(), uk.sendinsight.api.model.Role.fromValue(user.role()), user.disabled(),
                user.createdAt().atZone(ZoneOffset.UTC))
                .areaCode(user.areaCode());
    }
}
