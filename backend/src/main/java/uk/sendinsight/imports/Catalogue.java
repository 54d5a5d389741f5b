package uk.sendinsight.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The declarative catalogue, {@code data/indicators.yml}: indicators, their sources and the column mappings. */
record Catalogue(
        Map<String, String> markers,
        String nhsAreas,
        Map<String, Source> sources,
        Map<String, String> formerAreas,
        List<Indicator> indicators,
        List<FileMapping> files) {

    static final String PATH = "data/indicators.yml";

    record Source(String id, String name, String publisher, String url, String licence, String compiledBy, String notes) {
    }

    record Breakdown(String id, String name) {
    }

    record Indicator(String id, String name, String domain, String definition, String unit, Integer rateBase,
                     String polarity, String valueType, String periodType, List<String> geographies, String source,
                     int decimalPlaces, List<Breakdown> breakdowns, String collection) {
    }

    /** Which columns say where a row belongs; exactly one way is used per file. */
    record AreaColumns(String fixed, String code, String laNumber, String name, String nameTemplate, String checkLaNumber,
                       Map<String, String> names, Map<String, String> numbers, List<String> skipCodes,
                       List<String> skipNumbers, List<String> skipNames) {
    }

    /** Joins rows that share {@code keys}, turning each row's {@code column} into a column holding its {@code value}. */
    record Pivot(List<String> keys, String column, String value) {
    }

    /** {@code optional: true}: a row with no period has no figure (e.g. an inspection not yet revisited) and is skipped. */
    record PeriodColumns(String column, String format, String term, boolean optional) {
    }

    record BreakdownColumn(String column, Map<String, String> values) {
    }

    record ValueMapping(String indicator, String value, String numerator, String denominator, String breakdown,
                        Map<String, String> where, Map<String, Double> booleans) {
    }

    /**
     * {@code layout: ees} means DfE's Explore Education Statistics columns (geographic_level and its codes).
     * {@code aggregate: [parent, country]} adds figures summed from the file's areas' counts, into each area's parent
     * (a local authority's region, a sub-ICB location's board) and into England, wherever the file has none of its own.
     */
    record FileMapping(String file, String source, String layout, Pivot pivot, AreaColumns area, PeriodColumns period,
                       Map<String, String> where, BreakdownColumn breakdown, List<String> nil,
                       List<String> provisionalPeriods, List<String> aggregate, List<ValueMapping> values) {
    }

    static Catalogue read() {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + PATH);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalogue parse(Map<String, Object> root) {
        Map<String, Source> sources = new LinkedHashMap<>();
        map(root, "sources").forEach((id, value) -> {
            Map<String, Object> s = cast(value);
            sources.put(id, new Source(id, text(s, "name"), text(s, "publisher"), text(s, "url"), text(s, "licence"),
                    text(s, "compiledBy"), text(s, "notes")));
        });
        List<Indicator> indicators = new ArrayList<>();
        for (Map<String, Object> i : list(root, "indicators")) {
            List<Breakdown> breakdowns = list(i, "breakdowns").stream()
                    .map(b -> new Breakdown(text(b, "id"), text(b, "name"))).toList();
            Object rateBase = i.get("rateBase");
            indicators.add(new Indicator(text(i, "id"), text(i, "name"), text(i, "domain"), text(i, "definition"),
                    text(i, "unit"), rateBase == null ? null : ((Number) rateBase).intValue(), text(i, "polarity"),
                    text(i, "valueType"), text(i, "periodType"), strings(i, "geographies"), text(i, "source"),
                    ((Number) i.get("decimalPlaces")).intValue(), breakdowns,
                    i.containsKey("collection") ? text(i, "collection") : "published"));
        }
        List<FileMapping> files = new ArrayList<>();
        for (Map<String, Object> f : list(root, "files")) {
            Map<String, Object> area = cast(f.getOrDefault("area", Map.of()));
            Map<String, Object> period = cast(f.get("period"));
            Map<String, Object> breakdown = cast(f.get("breakdown"));
            List<ValueMapping> values = list(f, "values").stream().map(v -> new ValueMapping(text(v, "indicator"),
                    text(v, "value"), text(v, "numerator"), text(v, "denominator"), text(v, "breakdown"),
                    strings(map(v, "where")), numbers(map(v, "booleans")))).toList();
            Map<String, Object> pivot = cast(f.get("pivot"));
            files.add(new FileMapping(text(f, "file"), text(f, "source"), text(f, "layout"),
                    pivot == null ? null : new Pivot(strings(pivot, "keys"), text(pivot, "column"), text(pivot, "value")),
                    new AreaColumns(text(area, "fixed"), text(area, "code"), text(area, "laNumber"), text(area, "name"),
                            text(area, "nameTemplate"), text(area, "checkLaNumber"), strings(map(area, "names")),
                            strings(map(area, "numbers")), strings(area, "skipCodes"), strings(area, "skipNumbers"),
                            strings(area, "skipNames")),
                    new PeriodColumns(text(period, "column"), text(period, "format"), text(period, "term"),
                            Boolean.TRUE.equals(period.get("optional"))),
                    strings(map(f, "where")),
                    breakdown == null ? null : new BreakdownColumn(text(breakdown, "column"), strings(map(breakdown, "values"))),
                    strings(f, "nil"), strings(f, "provisionalPeriods"), strings(f, "aggregate"), values));
        }
        return new Catalogue(strings(map(root, "markers")), text(root, "nhsAreas"), sources, strings(map(root, "formerAreas")), indicators, files);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? Map.of() : cast(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String text(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(Object::toString).toList();
    }

    private static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    private static Map<String, Double> numbers(Map<String, Object> map) {
        Map<String, Double> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, ((Number) v).doubleValue()));
        return result;
    }
}
