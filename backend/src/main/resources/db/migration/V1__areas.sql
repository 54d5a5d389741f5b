-- Geography: England, its regions and local authorities; later ICBs and sub-ICB locations.
CREATE TABLE area (
    code        VARCHAR(9)   NOT NULL,
    la_number   VARCHAR(3)   NULL,
    name        VARCHAR(120) NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    type_order  INT          NOT NULL,
    la_kind     VARCHAR(30)  NULL,
    parent_code VARCHAR(9)   NULL,
    CONSTRAINT pk_area PRIMARY KEY (code),
    CONSTRAINT uq_area_la_number UNIQUE (la_number),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_code) REFERENCES area (code)
);
CREATE INDEX ix_area_type_order_name ON area (type_order, name);
CREATE INDEX ix_area_parent ON area (parent_code);

-- Other codes that resolve to an area, e.g. the county codes DfE still publishes unitary Buckinghamshire,
-- North Yorkshire and Somerset under.
CREATE TABLE area_alias (
    alias     VARCHAR(20)  NOT NULL,
    area_code VARCHAR(9)   NOT NULL,
    note      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_area_alias PRIMARY KEY (alias),
    CONSTRAINT fk_area_alias_area FOREIGN KEY (area_code) REFERENCES area (code)
);
CREATE INDEX ix_area_alias_area ON area_alias (area_code);

CREATE TABLE statistical_neighbour (
    area_code      VARCHAR(9)  NOT NULL,
    neighbour_rank INT         NOT NULL,
    neighbour_code VARCHAR(9)  NOT NULL,
    closeness      VARCHAR(20) NOT NULL,
    CONSTRAINT pk_statistical_neighbour PRIMARY KEY (area_code, neighbour_rank),
    CONSTRAINT fk_sn_area FOREIGN KEY (area_code) REFERENCES area (code),
    CONSTRAINT fk_sn_neighbour FOREIGN KEY (neighbour_code) REFERENCES area (code)
);
