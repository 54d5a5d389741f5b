package uk.sendinsight.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpCachingFilterTest {

    private static final String TAG = "\"abc\"";

    @Test
    void anIfNoneMatchListMatchesWhenAnyTagDoesIncludingWeakOnesAndTheWildcard() {
        assertTrue(HttpCachingFilter.matches(TAG, TAG));
        assertTrue(HttpCachingFilter.matches("\"x\", \"abc\"", TAG));
        assertTrue(HttpCachingFilter.matches("W/\"abc\"", TAG));
        assertTrue(HttpCachingFilter.matches("*", TAG));
    }

    @Test
    void otherTagsAndNoHeaderDoNotMatch() {
        assertFalse(HttpCachingFilter.matches(null, TAG));
        assertFalse(HttpCachingFilter.matches("\"abd\"", TAG));
        assertFalse(HttpCachingFilter.matches("abc", TAG));
    }

    @Test
    void theETagIsAQuotedDigestOfTheExactBytes() {
        String one = HttpCachingFilter.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertEquals(one, HttpCachingFilter.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(one, HttpCachingFilter.etagOf("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(one.matches("\"[A-Za-z0-9_-]{22}\""), one);
    }
}
