package uk.sendinsight.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Ranks of areas by their values. */
public final class Ranks {

    private Ranks() {
    }

    /**
     * Ranks every area: 1 is the best value by polarity (the highest value for
     * {@link Polarity#NO_JUDGEMENT}). Tied values share the lowest rank of the tie and the next
     * rank is skipped ("1, 2, 2, 4"). The caller leaves out areas whose value is missing or
     * suppressed; the result keeps the order of {@code valuesByArea}.
     *
     * @throws IllegalArgumentException if any value is null or not finite
     */
    public static <K> Map<K, Rank> rank(Map<K, Double> valuesByArea, Polarity polarity) {
        Objects.requireNonNull(valuesByArea, "valuesByArea");
        Objects.requireNonNull(polarity, "polarity");
        List<Map.Entry<K, Double>> ordered = new ArrayList<>(valuesByArea.size());
        for (Map.Entry<K, Double> entry : valuesByArea.entrySet()) {
            Double value = entry.getValue();
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("value for " + entry.getKey() + " must be a finite number: " + value);
            }
            // Adding 0.0 turns -0.0 into 0.0, so the two tie.
            ordered.add(Map.entry(entry.getKey(), value + 0.0));
        }
        Comparator<Map.Entry<K, Double>> ascending = Map.Entry.comparingByValue();
        ordered.sort(polarity == Polarity.LOWER_IS_BETTER ? ascending : ascending.reversed());

        Map<K, Rank> ranks = new LinkedHashMap<>();
        int count = ordered.size();
        int position = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || !ordered.get(i).getValue().equals(ordered.get(i - 1).getValue())) {
                position = i + 1;
            }
            ranks.put(ordered.get(i).getKey(), new Rank(position, count));
        }
        Map<K, Rank> inInputOrder = new LinkedHashMap<>();
        valuesByArea.keySet().forEach(area -> inInputOrder.put(area, ranks.get(area)));
        return inInputOrder;
    }
}
