package org.fumin.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An optional demo data set ({@code FUMIN_DEMO_DATA=true}, {@code make run DEMO=1}) loaded into an
 * empty database. Every demo township's name ends in "（演示）" so that nobody mistakes it for real data.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);
  static final String MARK = "（演示）";
  static final String PASSWORD = "Demo#Fumin-2026";

  @ConfigProperty(name = "fumin.demo-data")
  boolean enabled;

  @Inject EntityManager em;
  @Inject java.time.InstantSource clock;
  @Inject org.fumin.auth.Passwords passwords;

  @Transactional
  void load(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    long townships = ((Number) em.createNativeQuery("select count(*) from township").getSingleResult()).longValue();
    if (townships > 0) {
      LOG.info("Demo data not loaded: the database already has townships");
      return;
    }
    int loaded = 0;
    java.util.Map<String, Integer> perDistrict = new java.util.HashMap<>();
    for (String line : lines()) {
      String[] fields = line.split("\t");
      int ordinal = perDistrict.merge(fields[0], 1, Integer::sum);
      loaded += em.createNativeQuery(
              "insert into township (code, name, district_id) select ?1 || lpad(?2, 3, '0'), ?3, id from district where code = ?1")
          .setParameter(1, fields[0]).setParameter(2, Integer.toString(ordinal)).setParameter(3, fields[1] + MARK)
          .executeUpdate();
    }
    LOG.warnf("Loaded the DEMO data set: %d townships whose names end in %s", loaded, MARK);
    loadUsers();
    loadRound();
  }

  /**
   * The current year's round, open, with phases around today, and a few nominations in different
   * states (one with a plan), so that every page has something to show.
   */
  private void loadRound() {
    int year = org.fumin.common.time.Shanghai.today(clock).getYear();
    long round = ((Number) em.createNativeQuery("""
            insert into round (year, name, framework_id, state, quota_county_level, quota_functional_zone)
            values (?1, ?2, 1, 'OPEN', 2, 1) returning id""")
        .setParameter(1, year).setParameter(2, year + "年度就业富民乡村振兴基地培育" + MARK).getSingleResult()).longValue();
    em.createNativeQuery("""
            insert into round_phase (round_id, phase, starts_at, ends_at) values
              (?1, 'DEPLOYMENT', now() - interval '10 days', now() + interval '20 days'),
              (?1, 'IMPLEMENTATION', now() - interval '10 days', now() + interval '80 days'),
              (?1, 'PROVINCIAL_SELECTION', now() - interval '10 days', now() + interval '50 days'),
              (?1, 'ASSESSMENT', now() + interval '81 days', now() + interval '110 days'),
              (?1, 'CLOSING', now() + interval '111 days', now() + interval '120 days')""")
        .setParameter(1, round).executeUpdate();
    String[][] nominations = {{"321002005", "NOMINATED"}, {"321002001", "IN_PROGRESS"}, {"321003001", "PLAN_SUBMITTED"}};
    for (String[] n : nominations) {
      long id = ((Number) em.createNativeQuery("""
              insert into nomination (round_id, township_id, district_id, state)
              select ?1, t.id, t.district_id, ?3 from township t where t.code = ?2 returning id""")
          .setParameter(1, round).setParameter(2, n[0]).setParameter(3, n[1]).getSingleResult()).longValue();
      em.createNativeQuery("""
              insert into round_district_slot (round_id, district_id, quota, used)
              select ?1, t.district_id, 2, 1 from township t where t.code = ?2
              on conflict (round_id, district_id) do update set used = round_district_slot.used + 1""")
          .setParameter(1, round).setParameter(2, n[0]).executeUpdate();
      if (!n[1].equals("NOMINATED")) {
        em.createNativeQuery("""
                insert into plan_revision (nomination_id, revision, content, responsible_person, contact_phone, milestones, saved_by)
                values (?1, 1, ?2, '王主任', '0514-80000000', cast(?3 as jsonb), 'demo-district')""")
            .setParameter(1, id)
            .setParameter(2, "## 建设内容（演示）\n\n- 建设乡村零工市场，发布本地岗位清单\n- 开展订单式技能培训\n- 落实城乡居民基本养老保险参保扩面")
            .setParameter(3, "[{\"dueOn\":\"" + year + "-08-31\",\"deliverable\":\"成立基地创建工作领导小组\",\"status\":\"DONE\",\"completionNote\":\"已印发文件\"},"
                + "{\"dueOn\":\"" + (year + 1) + "-03-31\",\"deliverable\":\"零工市场投入运营\",\"status\":\"IN_PROGRESS\",\"completionNote\":null}]")
            .executeUpdate();
      }
    }
    LOG.warnf("Loaded the DEMO round %d with %d nominations", year, nominations.length);
  }

  /** One demo user per role (password {@value #PASSWORD}, documented in the README), for trying the app. */
  private void loadUsers() {
    String hash = passwords.hash(PASSWORD);
    String[][] users = {
        {"demo-city", "演示·市级管理员", "CITY_ADMIN", null, null},
        {"demo-assessor", "演示·市级审核员", "CITY_ASSESSOR", null, null},
        {"demo-district", "演示·广陵区管理员", "DISTRICT_ADMIN", "321002", null},
        {"demo-township", "演示·湾头镇经办人", "TOWNSHIP_OPERATOR", null, "321002005"},
        {"demo-viewer", "演示·查看者", "VIEWER", null, null}};
    for (String[] u : users) {
      em.createNativeQuery("""
              insert into app_user (username, display_name, password_hash, role, district_id, township_id, must_change_password)
              values (?1, ?2, ?3, ?4, (select id from district where code = cast(?5 as varchar)),
                      (select id from township where code = cast(?6 as varchar)), false)""")
          .setParameter(1, u[0]).setParameter(2, u[1]).setParameter(3, hash).setParameter(4, u[2])
          .setParameter(5, u[3]).setParameter(6, u[4])
          .executeUpdate();
    }
    LOG.warnf("Demo users demo-city, demo-assessor, demo-district, demo-township, demo-viewer have the password %s", PASSWORD);
  }

  private static java.util.List<String> lines() {
    try (var in = DemoData.class.getResourceAsStream("/demo/townships.tsv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
