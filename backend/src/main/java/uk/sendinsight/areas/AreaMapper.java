package uk.sendinsight.areas;

import io.micronaut.data.model.Page;
import uk.sendinsight.api.model.Area;
import uk.sendinsight.api.model.AreaPage;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.AreaSummary;
import uk.sendinsight.api.model.AreaType;
import uk.sendinsight.api.model.Closeness;
import uk.sendinsight.api.model.LocalAuthorityKind;
import uk.sendinsight.api.model.StatisticalNeighbour;

/** Maps area rows to the generated API models; entities never leave the backend. */
final class AreaMapper {

    static final String NEIGHBOUR_MODEL = "DfE Children's Services Statistical Neighbour Benchmarking Tool, May 2025";

    private AreaMapper() {
    }

    static AreaPage toPage(Page<AreaDetails> page, int pageNumber) {
        return new AreaPage(
                page.getContent().stream().map(AreaMapper::toSummary).toList(),
                pageNumber,
                page.getSize(),
                page.getTotalSize(),
                page.getTotalPages());
    }

    static AreaSummary toSummary(AreaDetails details) {
        AreaEntity area = details.area();
        return new AreaSummary(area.code(), area.name(), AreaType.fromValue(area.type()), details.otherCodes())
                .laNumber(area.laNumber())
                .laKind(area.laKind() == null ? null : LocalAuthorityKind.fromValue(area.laKind()))
                .region(isLocalAuthority(area) ? toRef(details.parent()) : null);
    }

    static Area toArea(AreaDetails details) {
        AreaEntity area = details.area();
        return new Area(area.code(), area.name(), AreaType.fromValue(area.type()), details.otherCodes(),
                details.statisticalNeighbours().stream().map(AreaMapper::toNeighbour).toList())
                .laNumber(area.laNumber())
                .laKind(area.laKind() == null ? null : LocalAuthorityKind.fromValue(area.laKind()))
                .region(isLocalAuthority(area) ? toRef(details.parent()) : null)
                .parent(toRef(details.parent()))
                .statisticalNeighbourModel(details.statisticalNeighbours().isEmpty() ? null : NEIGHBOUR_MODEL)
                .abolished(area.abolished())
                .successors(area.successorNote());
    }

    private static boolean isLocalAuthority(AreaEntity area) {
        return AreaType.LOCAL_AUTHORITY.getValue().equals(area.type());
    }

    private static AreaRef toRef(AreaEntity area) {
        return area == null ? null : new AreaRef(area.code(), area.name());
    }

    private static StatisticalNeighbour toNeighbour(NeighbourRow row) {
        return new StatisticalNeighbour(row.neighbourRank(), row.code(), row.name(), Closeness.fromValue(row.closeness()))
                .laNumber(row.laNumber());
    }
}
