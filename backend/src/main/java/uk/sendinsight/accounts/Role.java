package uk.sendinsight.accounts;

/** What a signed-in user may do; an area leader is bound to one area. */
public enum Role {
    AREA_LEADER, ADVISER, ADMIN, SERVICE
}
