package org.fumin.exporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fumin.common.problem.ProblemException;
import org.fumin.district.DistrictApi.DistrictFilter;
import org.fumin.district.DistrictApi.DistrictView;
import org.fumin.district.DistrictKind;
import org.fumin.district.DistrictService;
import org.fumin.nomination.NominationApi.NominationFilter;
import org.fumin.nomination.NominationApi.NominationRow;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationState;
import org.fumin.round.RoundService;
import org.fumin.township.TownshipApi.TownshipFilter;
import org.fumin.township.TownshipApi.TownshipView;
import org.fumin.township.TownshipService;

/**
 * What an export contains: the owning services' lists (so the caller's scope applies as in the
 * app), read by their keyset streams 2,000 rows a page and handed on page by page, never all at
 * once: no offset and no count, so 100,000 rows cost 50 cheap queries.
 */
@ApplicationScoped
public class ExportService {

  public static final int PAGE = 2000;

  @Inject DistrictService districts;
  @Inject TownshipService townships;
  @Inject NominationService nominations;
  @Inject RoundService rounds;

  public record Filter(String districtCode, Integer roundYear, String q, ListFilters lists) {

    public Filter(String districtCode, Integer roundYear, String q) {
      this(districtCode, roundYear, q, ListFilters.NONE);
    }
  }

  /** The lists' own filters (by id, kind, state), so that an export holds what a filtered list shows. */
  public record ListFilters(DistrictKind districtKind, Long districtId, Long roundId, NominationState state,
      Boolean provincialCandidate) {
    static final ListFilters NONE = new ListFilters(null, null, null, null, null);
  }

  /** A sheet: its name, Chinese headers, and its rows read page by page. */
  public record Table(String name, List<String> headers, Consumer<Consumer<List<List<Object>>>> reader) {
    void rows(Consumer<List<List<Object>>> sink) {
      reader.accept(sink);
    }
  }

  public Table table(String kind, Filter filter) {
    if (filter.districtCode() != null) {
      districts.getByCode(filter.districtCode()); // a district outside the caller's scope does not exist for them (404)
    }
    return switch (kind) {
      case "districts" -> new Table("districts", List.of("行政区划代码/code", "名称/name", "类型/kind", "乡镇数/townshipCount", "更新时间/updatedAt"),
          sink -> districts.forEachPage(new DistrictFilter(filter.lists().districtKind(), filter.q(), filter.districtCode(), null), PAGE,
              page -> sink.accept(rows(page, (DistrictView d) -> row(d.code(), d.name(), d.kind().name(), d.townshipCount(), d.updatedAt().toString())))));
      case "townships" -> {
        Map<Long, String> districtCodes = new HashMap<>();
        districts.allByCode().values().forEach(d -> districtCodes.put(d.id(), d.code()));
        yield new Table("townships", List.of("行政区划代码/code", "名称/name", "所属县区代码/districtCode", "所属县区/districtName", "更新时间/updatedAt"),
            sink -> townships.forEachPage(new TownshipFilter(filter.lists().districtId(), filter.q(), null, filter.districtCode(), null), PAGE,
                page -> sink.accept(rows(page, (TownshipView t) -> row(t.code(), t.name(), districtCodes.get(t.districtId()), t.districtName(),
                    t.updatedAt().toString())))));
      }
      case "nominations" -> {
        Long roundId = filter.roundYear() == null ? filter.lists().roundId()
            : rounds.ofYear(filter.roundYear()).map(RoundService.RoundRef::id)
                .filter(id -> filter.lists().roundId() == null || id.equals(filter.lists().roundId())).orElse(-1L);
        yield new Table("nominations", List.of("年度/roundYear", "乡镇代码/townshipCode", "乡镇名称/townshipName", "所属县区/districtName",
            "状态/state", "省级候选/provincialCandidate", "更新时间/updatedAt"),
            sink -> nominations.forEachPage(new NominationFilter(roundId, filter.lists().districtId(), filter.lists().state(),
                filter.lists().provincialCandidate(), filter.q(), filter.districtCode(), null, null), PAGE,
                page -> sink.accept(rows(page, (NominationRow n) -> row(n.roundYear(), n.townshipCode(), n.townshipName(), n.districtName(),
                    n.state().name(), n.provincialCandidate() ? "是" : "否", n.updatedAt().toString())))));
      }
      default -> throw ProblemException.notFound("entity.export-kind", kind);
    };
  }

  private static <T> List<List<Object>> rows(List<T> page, Function<T, List<Object>> row) {
    List<List<Object>> rows = new ArrayList<>(page.size());
    page.forEach(item -> rows.add(row.apply(item)));
    return rows;
  }

  private static List<Object> row(Object... cells) {
    return java.util.Arrays.asList(cells);
  }
}
