package uk.sendinsight.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("app_user")
record UserEntity(@Id String username, String passwordHash, String role, @Nullable String areaCode, boolean disabled,
                  Instant createdAt) {
}
