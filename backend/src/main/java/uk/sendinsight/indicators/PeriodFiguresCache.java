package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every area's assessed figures for one indicator, breakdown, period and area type, kept for a few minutes:
 * an area overview needs about fifty of them, and they change only when figures are loaded or submitted.
 * Whatever changes figures calls {@link #clear()}; other API instances catch up within {@link #TIME_TO_LIVE},
 * the same time the responses may be cached by clients.
 */
@Singleton
class PeriodFiguresCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    private record Key(String indicatorId, String breakdown, String period, String areaType) {
    }

    private record Entry(Views.PeriodFigures figures, long loadedAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Views.PeriodFigures get(String indicatorId, String breakdown, String period, String areaType, Supplier<Views.PeriodFigures> load) {
        Key key = new Key(indicatorId, breakdown, period, areaType);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() > TIME_TO_LIVE.toNanos()) {
            entry = new Entry(load.get(), now);
            entries.put(key, entry);
        }
        return entry.figures();
    }

    void clear() {
        entries.clear();
    }
}
