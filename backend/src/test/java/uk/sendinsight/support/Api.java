package uk.sendinsight.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import uk.sendinsight.api.model.Problem;

/**
 * Talks to the running test server over real HTTP, the way a third-party tool would: no exceptions on 4xx,
 * status, headers and body all visible to the test. Every API response is checked against openapi.yaml.
 */
@Singleton
public class Api {

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    Api(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** Signs in and returns the access token. */
    public String tokenFor(String username, String password) {
        Reply reply = send("POST", "/api/v1/auth/login", "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 200) {
            throw new AssertionError("sign-in as " + username + " failed: " + reply.body());
        }
        return String.valueOf(reply.asMap().get("access_token"));
    }

    public Reply send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = request(path, headers)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ContractCheck.assertConforms(response);
            return new Reply(response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP response. */
    public record Reply(HttpResponse<String> response, JsonMapper json) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public <T> T as(Class<T> type) {
            try {
                return json.readValue(response.body(), Argument.of(type));
            } catch (IOException e) {
                throw new UncheckedIOException("Response is not a " + type.getSimpleName() + ": " + response.body(), e);
            }
        }

        public Map<String, Object> asMap() {
            try {
                return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Response is not a JSON object: " + response.body(), e);
            }
        }

        public Problem problem() {
            return as(Problem.class);
        }
    }
}
