CREATE TABLE app_user (
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    area_code     VARCHAR(9)   NULL,
    disabled      BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username),
    CONSTRAINT fk_app_user_area FOREIGN KEY (area_code) REFERENCES area (code)
);

-- Only a hash of each refresh token is kept, so a copy of the database cannot be used to sign in.
CREATE TABLE refresh_token (
    token_hash VARCHAR(64)  NOT NULL,
    username   VARCHAR(100) NOT NULL,
    expires_at TIMESTAMP    NOT NULL,
    revoked    BOOLEAN      NOT NULL,
    CONSTRAINT pk_refresh_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (username) REFERENCES app_user (username)
);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    at           TIMESTAMP(3)  NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    area_code    VARCHAR(9)    NOT NULL,
    indicator_id VARCHAR(80)   NOT NULL,
    period       VARCHAR(20)   NOT NULL,
    before_json  VARCHAR(2000) NULL,
    after_json   VARCHAR(2000) NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_area ON audit_entry (area_code, at);

ALTER TABLE indicator_value ADD COLUMN note VARCHAR(1000) NULL;
ALTER TABLE indicator_value ADD COLUMN submitted_by VARCHAR(100) NULL;
ALTER TABLE indicator_value ADD COLUMN updated_at TIMESTAMP NULL;
