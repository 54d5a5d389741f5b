package uk.sendinsight.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.sendinsight.api.SignInApi;
import uk.sendinsight.api.model.Credentials;
import uk.sendinsight.api.model.RefreshRequest;
import uk.sendinsight.api.model.TokenResponse;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController implements SignInApi {

    private final SignInService signIn;

    SignInController(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public TokenResponse login(Credentials credentials) {
        return toResponse(signIn.signIn(credentials.getUsername(), credentials.getPassword()));
    }

    @Override
    public TokenResponse refreshToken(RefreshRequest request) {
        return toResponse(signIn.refresh(request.getRefreshToken()));
    }

    /** JSON too, not only the problem type the contract gives errors: a JSON client's Accept must not turn a 204 into a 406. */
    @Override
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public HttpResponse<Void> logout(RefreshRequest request) {
        signIn.signOut(request.getRefreshToken());
        return HttpResponse.noContent();
    }

    private static TokenResponse toResponse(SignInService.Tokens tokens) {
        return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn());
    }
}
