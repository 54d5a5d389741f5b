-- Local authorities that have since been reorganised keep their figures under their own code.
ALTER TABLE area ADD COLUMN abolished DATE NULL;
ALTER TABLE area ADD COLUMN successor_note VARCHAR(300) NULL;

CREATE TABLE indicator_source (
    id          VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    publisher   VARCHAR(200)  NOT NULL,
    url         VARCHAR(300)  NULL,
    licence     VARCHAR(100)  NOT NULL,
    compiled_by VARCHAR(200)  NULL,
    notes       VARCHAR(1000) NULL,
    CONSTRAINT pk_indicator_source PRIMARY KEY (id)
);

CREATE TABLE indicator (
    id                VARCHAR(80)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    domain            VARCHAR(40)   NOT NULL,
    definition        VARCHAR(1000) NOT NULL,
    unit              VARCHAR(20)   NOT NULL,
    rate_base         INT           NULL,
    polarity          VARCHAR(20)   NOT NULL,
    value_type        VARCHAR(20)   NOT NULL,
    period_type       VARCHAR(20)   NOT NULL,
    geographies       VARCHAR(100)  NOT NULL,
    source_id         VARCHAR(40)   NOT NULL,
    decimal_places    INT           NOT NULL,
    collection        VARCHAR(20)   NOT NULL,
    comparison_method VARCHAR(20)   NULL,
    sort_order        INT           NOT NULL,
    CONSTRAINT pk_indicator PRIMARY KEY (id),
    CONSTRAINT fk_indicator_source FOREIGN KEY (source_id) REFERENCES indicator_source (id)
);

CREATE TABLE indicator_breakdown (
    indicator_id VARCHAR(80) NOT NULL,
    breakdown_id VARCHAR(40) NOT NULL,
    name         VARCHAR(100) NOT NULL,
    sort_order   INT         NOT NULL,
    CONSTRAINT pk_indicator_breakdown PRIMARY KEY (indicator_id, breakdown_id),
    CONSTRAINT fk_indicator_breakdown FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

-- One figure: breakdown '' is the indicator's total. A marker (suppressed, not available …) is kept
-- instead of a value, never as zero. Confidence limits are derived when read, not stored.
CREATE TABLE indicator_value (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_id VARCHAR(80)   NOT NULL,
    area_code    VARCHAR(9)    NOT NULL,
    period       VARCHAR(20)   NOT NULL,
    period_order INT           NOT NULL,
    breakdown    VARCHAR(40)   NOT NULL,
    numeric_value DOUBLE       NULL,
    numerator    DOUBLE        NULL,
    denominator  DOUBLE        NULL,
    marker       VARCHAR(20)   NULL,
    marker_text  VARCHAR(200)  NULL,
    status       VARCHAR(12)   NOT NULL,
    source_file  VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_indicator_value PRIMARY KEY (id),
    CONSTRAINT uq_indicator_value UNIQUE (indicator_id, area_code, period, breakdown),
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_value_area FOREIGN KEY (area_code) REFERENCES area (code)
);
CREATE INDEX ix_indicator_value_period ON indicator_value (indicator_id, breakdown, period);
CREATE INDEX ix_indicator_value_area ON indicator_value (area_code, indicator_id);
