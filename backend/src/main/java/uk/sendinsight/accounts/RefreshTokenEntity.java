package uk.sendinsight.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("refresh_token")
record RefreshTokenEntity(@Id String tokenHash, String username, Instant expiresAt, boolean revoked) {
}
