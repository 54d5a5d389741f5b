package uk.sendinsight.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshTokenEntity, String> {

    void updateRevoked(@Id String tokenHash, boolean revoked);
}
