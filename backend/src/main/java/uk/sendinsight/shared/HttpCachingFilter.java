package uk.sendinsight.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Gives every successful API read an ETag and Cache-Control, and answers a matching If-None-Match with 304,
 * so schedulers and caches in front of the API re-download only what changed.
 */
@ServerFilter("/api/**")
public final class HttpCachingFilter implements io.micronaut.core.order.Ordered {

    public static final int ORDER = 0;

    /** The same address answers JSON or CSV, and a signed-in reader may see submitted figures: caches must keep them apart. */
    static final String VARY = "Accept, Authorization";

    private final JsonMapper json;
    private final String publicCacheControl;

    HttpCachingFilter(JsonMapper json, @Value("${send-insight.cache-control}") String publicCacheControl) {
        this.json = json;
        this.publicCacheControl = publicCacheControl;
    }

    @ResponseFilter
    HttpResponse<?> addCachingHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (!read || response.status() != HttpStatus.OK || response.getBody().isEmpty()) {
            return response;
        }
        byte[] body = serialised(response.getBody().get());
        String etag = etagOf(body);
        String cacheControl = request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                ? "private, no-cache" : publicCacheControl;
        if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, VARY);
        }
        response.getHeaders().add(HttpHeaders.VARY, VARY);
        return response.body(body).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private byte[] serialised(Object body) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
