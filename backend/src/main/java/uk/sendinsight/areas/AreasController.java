package uk.sendinsight.areas;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.sendinsight.api.AreasApi;
import uk.sendinsight.api.model.Area;
import uk.sendinsight.api.model.AreaPage;
import uk.sendinsight.api.model.AreaType;
import uk.sendinsight.shared.NotFoundException;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AreasController implements AreasApi {

    private final AreaService areas;

    AreasController(AreaService areas) {
        this.areas = areas;
    }

    @Override
    public HttpResponse<Area> getArea(String code) {
        return areas.find(code)
                .map(AreaMapper::toArea)
                .map(HttpResponse::ok)
                .orElseThrow(() -> new NotFoundException("No area has the code '" + code
                        + "'. Use an ONS code (E09000032), a DfE LA number (212) or a code DfE publishes the area under."));
    }

    @Override
    public HttpResponse<AreaPage> listAreas(AreaType type, String region, String q, Integer page, Integer pageSize) {
        var query = new AreaQuery(type == null ? null : type.getValue(), region, q);
        return HttpResponse.ok(AreaMapper.toPage(areas.list(query, page, pageSize), page));
    }
}
