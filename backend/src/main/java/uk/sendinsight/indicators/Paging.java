package uk.sendinsight.indicators;

import java.util.List;

/** One page of a list already in memory. */
final class Paging {

    private Paging() {
    }

    static <T> List<T> page(List<T> items, int page, int pageSize) {
        int from = Math.min(items.size(), (page - 1) * pageSize);
        return items.subList(from, Math.min(items.size(), from + pageSize));
    }

    static int totalPages(int items, int pageSize) {
        return (items + pageSize - 1) / pageSize;
    }
}
