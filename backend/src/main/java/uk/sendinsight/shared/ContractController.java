package uk.sendinsight.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the API contract (the repo's openapi.yaml, copied in at build time) at {@code /openapi.yaml}. */
@Controller
class ContractController {

    private final byte[] contract;

    ContractController() {
        try (InputStream in = ContractController.class.getClassLoader().getResourceAsStream("contract/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("contract/openapi.yaml is missing from the build");
            }
            contract = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yaml")
    @Produces("application/yaml")
    HttpResponse<byte[]> openapi() {
        return HttpResponse.ok(contract);
    }
}
