package uk.sendinsight.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fails a test whose response breaks openapi.yaml: undocumented status, wrong content type, body not
 * matching its schema. Requests to paths or methods the contract does not define are not checked (the
 * tests send those on purpose to see the problem responses).
 */
final class ContractCheck {

    private static final Set<String> NOT_IN_CONTRACT = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed");
    // additionalProperties checks misfire on allOf compositions (Area = AreaSummary + neighbours); the server
    // cannot add undocumented properties anyway, as it only serialises models generated from the contract.
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl("../openapi.yaml")
            .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
            .build();

    private ContractCheck() {
    }

    static void assertConforms(HttpResponse<String> response) {
        // The raw path: decoded, a period sent as 2024%2F25 would look like two segments and match no operation.
        String path = response.request().uri().getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach((name, values) -> actual.withHeader(name, values));
        Request.Method method = Request.Method.valueOf(response.request().method());
        ValidationReport report = VALIDATOR.validateResponse(path, method, actual.build());
        if (report.getMessages().stream().anyMatch(m -> NOT_IN_CONTRACT.contains(m.getKey()))) {
            return;
        }
        if (report.hasErrors()) {
            throw new AssertionError("Response to " + method + " " + response.request().uri() + " breaks openapi.yaml:\n"
                    + report.getMessages().stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nStatus " + response.statusCode() + ", body: " + response.body());
        }
    }
}
