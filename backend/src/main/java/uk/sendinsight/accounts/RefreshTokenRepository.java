package uk.sendinsight.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshTokenEntity, String> {

    void updateRevoked(@Id String tokenHash, boolean revoked);

    /** Every refresh token the user holds stops working (the account was disabled or its password reset). */
    @Query("UPDATE refresh_token SET revoked = TRUE WHERE username = :username AND revoked = FALSE")
    void revokeAllOf(String username);
}
