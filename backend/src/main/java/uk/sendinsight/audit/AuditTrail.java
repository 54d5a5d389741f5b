package uk.sendinsight.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import uk.sendinsight.accounts.SignInService;
import uk.sendinsight.shared.ProblemStatusException;

/** Records every write (who, when, what, before, after) and shows it to those allowed to see it. */
@Singleton
public class AuditTrail {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("at"), Sort.Order.desc("id"));

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Call inside the writing transaction, so the change and its record stand or fall together. */
    public void record(String actor, String action, String areaCode, String indicatorId, String period, String before, String after) {
        entries.save(new AuditEntryEntity(null, clock.instant(), actor, action, areaCode, indicatorId, period, null, before, after));
    }

    /**
     * Records a change to an account, inside the writing transaction. {@code before} and {@code after} describe the
     * account and must never hold a password or its hash.
     */
    public void recordAccountChange(String actor, String action, String username, @Nullable String before, @Nullable String after) {
        entries.save(new AuditEntryEntity(null, clock.instant(), actor, action, null, null, null, username, before, after));
    }

    /** Every change to one figure, newest first. */
    public java.util.List<AuditRecord> history(String areaCode, String indicatorId, String period) {
        return entries.findByAreaCodeAndIndicatorIdAndPeriodOrderByIdDesc(areaCode, indicatorId, period).stream()
                .map(AuditRecord::of).toList();
    }

    Page<AuditEntryEntity> list(Authentication reader, String areaCode, int page, int pageSize) {
        Pageable pageable = Pageable.from(page - 1, pageSize, NEWEST_FIRST);
        if (reader.getRoles().contains("AREA_LEADER")) {
            Object own = reader.getAttributes().get(SignInService.AREA_CLAIM);
            if (areaCode != null && !areaCode.equals(own)) {
                throw new ProblemStatusException(HttpStatus.FORBIDDEN, "An area leader can read the audit of their own area only.");
            }
            return entries.findByAreaCode(String.valueOf(own), pageable);
        }
        if (!reader.getRoles().contains("ADVISER") && !reader.getRoles().contains("ADMIN")) {
            throw new ProblemStatusException(HttpStatus.FORBIDDEN, "Only advisers, administrators and area leaders can read the audit.");
        }
        return areaCode == null ? entries.findAll(pageable) : entries.findByAreaCode(areaCode, pageable);
    }
}
