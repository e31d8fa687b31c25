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
