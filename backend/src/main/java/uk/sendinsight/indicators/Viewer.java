package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import uk.sendinsight.accounts.SignInService;

/**
 * Whose eyes a read is for: everyone sees published, provisional and demo figures; submitted (unpublished)
 * figures are seen by advisers and administrators, and by the leaders of their own area.
 */
record Viewer(boolean seesAllSubmitted, @Nullable String ownArea) {

    static final Viewer PUBLIC = new Viewer(false, null);

    static Viewer of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return PUBLIC;
        }
        var roles = authentication.getRoles();
        if (roles.contains("ADVISER") || roles.contains("ADMIN")) {
            return new Viewer(true, null);
        }
        Object area = authentication.getAttributes().get(SignInService.AREA_CLAIM);
        return roles.contains("AREA_LEADER") && area != null ? new Viewer(false, area.toString()) : PUBLIC;
    }

    boolean isPublic() {
        return !seesAllSubmitted && ownArea == null;
    }

    /** Bind value for the SQL: '' matches no area. */
    String ownAreaOrNone() {
        return ownArea == null ? "" : ownArea;
    }
}
