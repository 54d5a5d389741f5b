package uk.sendinsight.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends PageableRepository<UserEntity, String> {

    boolean existsByRoleAndDisabled(String role, boolean disabled);

    void updateDisabled(@Id String username, boolean disabled);

    void updatePasswordHash(@Id String username, String passwordHash);
}
