package uk.sendinsight.inspections;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Example WSOA action plans (data/wsoa-demo-plans.yml) for a few real WSOA areas, stored with demo = true so every
 * response and page marks them. Loaded only when {@code send-insight.demo-plans} is true, and only into an area
 * that has no WSOA records yet.
 */
@Singleton
@Requires(property = "send-insight.demo-plans", value = "true")
class DemoPlans {

    static final String PATH = "data/wsoa-demo-plans.yml";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);

    private final InspectionService inspections;
    private final WsoaRepositories.Weaknesses weaknesses;
    private final WsoaRepositories.Actions actions;
    private final WsoaRepositories.Updates updates;

    DemoPlans(InspectionService inspections, WsoaRepositories.Weaknesses weaknesses, WsoaRepositories.Actions actions,
              WsoaRepositories.Updates updates) {
        this.inspections = inspections;
        this.weaknesses = weaknesses;
        this.actions = actions;
        this.updates = updates;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        for (var area : plans().entrySet()) {
            if (weaknesses.existsByAreaCode(area.getKey())) {
                continue;
            }
            InspectionRow wsoa = inspections.wsoaInspectionOf(area.getKey()).orElseThrow(() ->
                    new IllegalStateException(PATH + ": " + area.getKey() + " has no WSOA inspection on record"));
            LocalDate published = wsoa.publicationDate();
            int number = 1;
            for (Map<String, Object> weakness : area.getValue()) {
                var savedWeakness = weaknesses.save(new WsoaWeaknessEntity(null, wsoa.id(), area.getKey(), number++,
                        (String) weakness.get("text"), (String) weakness.get("theme"), true));
                for (Map<String, Object> action : list(weakness.get("actions"))) {
                    List<Map<String, Object>> history = list(action.get("updates"));
                    Map<String, Object> last = history.get(history.size() - 1);
                    var saved = actions.save(new WsoaActionEntity(null, savedWeakness.id(), area.getKey(), (String) action.get("title"),
                            (String) action.get("owner"), published.plusMonths((Integer) action.get("due")), (String) last.get("status"),
                            (Integer) last.get("percent"), true, instant(published, (Integer) last.get("at"))));
                    for (Map<String, Object> update : history) {
                        updates.save(new WsoaUpdateEntity(null, saved.id(), instant(published, (Integer) update.get("at")),
                                (String) update.get("author"), (String) update.get("status"), (Integer) update.get("percent"),
                                (String) update.get("narrative"), null, true));
                    }
                }
            }
            LOG.warn("DEMO: example WSOA action plan loaded for {}; it is marked demo wherever it appears.", area.getKey());
        }
    }

    private static java.time.Instant instant(LocalDate published, int monthsAfter) {
        return published.plusMonths(monthsAfter).atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> plans() {
        try (InputStream in = DemoPlans.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + PATH);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (Map<String, List<Map<String, Object>>>) root.get("areas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
