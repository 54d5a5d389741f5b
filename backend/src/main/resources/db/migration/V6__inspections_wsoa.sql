-- Ofsted/CQC area SEND inspections as published (or, for the third-party scrape, as compiled), one row each.
CREATE TABLE inspection_source (
    id          VARCHAR(40)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    publisher   VARCHAR(200) NOT NULL,
    url         VARCHAR(300) NULL,
    official    BOOLEAN      NOT NULL,
    compiled_by VARCHAR(200) NULL,
    CONSTRAINT pk_inspection_source PRIMARY KEY (id)
);

CREATE TABLE inspection (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    area_code                VARCHAR(9)    NOT NULL,
    framework                VARCHAR(30)   NOT NULL,
    start_date               DATE          NULL,
    publication_date         DATE          NULL,
    outcome                  VARCHAR(40)   NOT NULL,
    outcome_text             VARCHAR(2000) NULL,
    significant_weaknesses   INT           NULL,
    priority_actions         INT           NULL,
    revisit_start_date       DATE          NULL,
    revisit_publication_date DATE          NULL,
    revisit_finding          VARCHAR(20)   NULL,
    weaknesses_sufficient    INT           NULL,
    weaknesses_insufficient  INT           NULL,
    next_inspection_by       DATE          NULL,
    report_url               VARCHAR(300)  NULL,
    source_id                VARCHAR(40)   NOT NULL,
    data_notes               VARCHAR(2000) NULL,
    CONSTRAINT pk_inspection PRIMARY KEY (id),
    CONSTRAINT fk_inspection_area FOREIGN KEY (area_code) REFERENCES area (code),
    CONSTRAINT fk_inspection_source FOREIGN KEY (source_id) REFERENCES inspection_source (id)
);
CREATE INDEX ix_inspection_area ON inspection (area_code, publication_date);

-- A WSOA's significant weaknesses, the actions taken on them and dated progress updates, recorded by the area.
CREATE TABLE wsoa_weakness (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    inspection_id BIGINT        NOT NULL,
    area_code     VARCHAR(9)    NOT NULL,
    weakness_no   INT           NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    theme         VARCHAR(40)   NOT NULL,
    demo          BOOLEAN       NOT NULL,
    CONSTRAINT pk_wsoa_weakness PRIMARY KEY (id),
    CONSTRAINT fk_wsoa_weakness_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT uq_wsoa_weakness UNIQUE (inspection_id, weakness_no)
);

CREATE TABLE wsoa_action (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    weakness_id      BIGINT       NOT NULL,
    area_code        VARCHAR(9)   NOT NULL,
    title            VARCHAR(500) NOT NULL,
    owner            VARCHAR(200) NOT NULL,
    due_date         DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    percent_complete INT          NOT NULL,
    demo             BOOLEAN      NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_wsoa_action PRIMARY KEY (id),
    CONSTRAINT fk_wsoa_action_weakness FOREIGN KEY (weakness_id) REFERENCES wsoa_weakness (id)
);
CREATE INDEX ix_wsoa_action_area ON wsoa_action (area_code);

CREATE TABLE wsoa_update (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    action_id        BIGINT        NOT NULL,
    at               TIMESTAMP(3)  NOT NULL,
    author           VARCHAR(100)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    percent_complete INT           NOT NULL,
    narrative        VARCHAR(2000) NOT NULL,
    evidence_url     VARCHAR(500)  NULL,
    demo             BOOLEAN       NOT NULL,
    CONSTRAINT pk_wsoa_update PRIMARY KEY (id),
    CONSTRAINT fk_wsoa_update_action FOREIGN KEY (action_id) REFERENCES wsoa_action (id)
);
CREATE INDEX ix_wsoa_update_action ON wsoa_update (action_id, at);
