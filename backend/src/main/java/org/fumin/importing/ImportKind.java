package org.fumin.importing;

import static org.fumin.importing.ImportColumn.optional;
import static org.fumin.importing.ImportColumn.required;

import java.util.List;
import java.util.Set;
import org.fumin.auth.Role;

/**
 * What can be imported, with the columns of its files. City admins may import every kind; a
 * district admin (or a key limited to a district) townships and users of its own district only
 * (district admins and township operators, not city roles) and nominations of its townships; a city
 * admin may bring over nominations of every district in bulk. Evidence metric values come from the
 * city's data (a city admin) or another government system (an import key, of its district when it
 * is limited to one); district admins review evidence, so they do not write it.
 */
public enum ImportKind {
  DISTRICTS("districts", Set.of(Role.CITY_ADMIN), false, List.of(
      required("code", "行政区划代码", "321099", "区划代码", "代码", "districtCode"),
      required("name", "名称", "示例新区", "县（市、区）", "县区名称"),
      required("kind", "类型", "COUNTY_LEVEL", "单位类型").allowing(List.of("COUNTY_LEVEL", "FUNCTIONAL_ZONE", "县级", "功能区")))),
  TOWNSHIPS("townships", Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN), true, List.of(
      required("code", "行政区划代码", "321099001", "区划代码", "乡镇代码", "代码", "townshipCode"),
      required("name", "名称", "示例镇", "乡镇名称", "乡镇（街道）"),
      required("districtCode", "所属县区代码", "321099", "县区代码", "所属县（市、区）代码"))),
  USERS("users", Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN), false, List.of(
      required("username", "用户名", "zhang.san", "账号"),
      required("displayName", "姓名", "张三", "显示名称"),
      required("role", "角色", "TOWNSHIP_OPERATOR").allowing(List.of("CITY_ADMIN", "CITY_ASSESSOR", "DISTRICT_ADMIN",
          "TOWNSHIP_OPERATOR", "VIEWER")),
      optional("districtCode", "县区代码", "", "所属县区代码"),
      optional("townshipCode", "乡镇代码", "321099001", "所属乡镇代码"),
      optional("initialPassword", "初始密码", "Change#Me-2026", "密码", "password"))),
  NOMINATIONS("nominations", Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN), false, List.of(
      required("roundYear", "年度", "2031", "培育批次年度", "year"),
      required("townshipCode", "乡镇代码", "321099001", "行政区划代码", "code"))),
  METRIC_VALUES("metric-values", Set.of(Role.CITY_ADMIN), true, List.of(
      required("townshipCode", "乡镇代码", "321099001", "行政区划代码", "code"),
      required("indicatorCode", "指标代码", "15", "指标", "指标编号", "indicator"),
      required("metric", "监测项", "1", "监测项序号", "监测项名称", "metricId", "metricCode"),
      required("value", "数值", "96.5", "值", "填报值"),
      optional("roundYear", "年度", "2031", "培育批次年度", "year")));

  private final String slug;
  private final Set<Role> roles;
  private final boolean keyAllowed;
  private final List<ImportColumn> columns;

  ImportKind(String slug, Set<Role> roles, boolean keyAllowed, List<ImportColumn> columns) {
    this.slug = slug;
    this.roles = roles;
    this.keyAllowed = keyAllowed;
    this.columns = columns;
  }

  public String slug() {
    return slug;
  }

  public List<ImportColumn> columns() {
    return columns;
  }

  /** Whether a signed-in user with this role may import this kind. */
  public boolean allows(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether an import-scoped API key may import this kind: townships and metric values (the key's
   * district limits them). Accounts and the city's districts and nominations need a person.
   */
  public boolean allowsKeys() {
    return keyAllowed;
  }

  public static ImportKind ofSlug(String slug) {
    for (ImportKind kind : values()) {
      if (kind.slug.equals(slug)) {
        return kind;
      }
    }
    return null;
  }
}
