package org.fumin.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fumin.audit.AuditService;
import org.fumin.auth.Role;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.time.Shanghai;
import org.fumin.district.DistrictApi.DistrictFilter;
import org.fumin.district.DistrictApi.DistrictView;
import org.fumin.district.DistrictService;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationState;
import org.fumin.plan.PlanApi.MilestoneInput;
import org.fumin.plan.PlanApi.MilestoneStatus;
import org.fumin.plan.PlanApi.PlanInput;
import org.fumin.plan.PlanService;
import org.fumin.round.Phase;
import org.fumin.round.RoundApi.PhaseInput;
import org.fumin.round.RoundApi.RoundAction;
import org.fumin.round.RoundApi.RoundInput;
import org.fumin.round.RoundService;
import org.fumin.township.TownshipApi.TownshipFilter;
import org.fumin.township.TownshipApi.TownshipInput;
import org.fumin.township.TownshipApi.TownshipView;
import org.fumin.township.TownshipService;
import org.fumin.user.UserApi.UserInput;
import org.fumin.user.UserService;
import org.jboss.logging.Logger;

/**
 * An optional demo data set ({@code FUMIN_DEMO_DATA=true}, {@code make run DEMO=1}) loaded into an
 * empty database. Every demo township's name ends in "（演示）" so that nobody mistakes it for real data.
 * It goes through the owning features' services, so it obeys their rules and is audited as the
 * system job {@value #ACTOR}.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);
  static final String MARK = "（演示）";
  static final String PASSWORD = "Demo#Fumin-2026";
  static final String ACTOR = "demo-data";
  private static final PageRequest ONE = new PageRequest(1, 1, null);
  private static final PageRequest ALL = new PageRequest(1, PageRequest.MAX_SIZE, null);

  @ConfigProperty(name = "fumin.demo-data")
  boolean enabled;

  @Inject UserService users;
  @Inject InstantSource clock;
  @Inject AuditService audit;
  @Inject DistrictService districts;
  @Inject TownshipService townships;
  @Inject RoundService rounds;
  @Inject NominationService nominations;
  @Inject PlanService plans;

  @Transactional
  @ActivateRequestContext
  void load(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    if (townships.list(new TownshipFilter(null, null), ONE).total() > 0) {
      LOG.info("Demo data not loaded: the database already has townships");
      return;
    }
    audit.asSystem(ACTOR, () -> {
      int loaded = loadTownships();
      LOG.warnf("Loaded the DEMO data set: %d townships whose names end in %s", loaded, MARK);
      loadUsers();
      loadRound();
      return loaded;
    });
  }

  private int loadTownships() {
    int loaded = 0;
    Map<String, DistrictView> byCode = districts();
    Map<String, Integer> perDistrict = new HashMap<>();
    for (String line : lines()) {
      String[] fields = line.split("\t");
      DistrictView district = byCode.get(fields[0]);
      if (district == null) {
        continue;
      }
      int ordinal = perDistrict.merge(fields[0], 1, Integer::sum);
      String code = fields[0] + String.format("%03d", ordinal);
      townships.create(new TownshipInput(code, fields[1] + MARK, district.id()));
      loaded++;
    }
    return loaded;
  }

  /**
   * A demo account: who signs in to try the app (password {@value #PASSWORD}), or only an actor of
   * the demo history ({@code signsIn} false: no known password, disabled).
   */
  record Account(String username, String displayName, Role role, String districtCode, String townshipCode, boolean signsIn) {}

  /** One account per role to try the app, and the 邗江区 operator who wrote that district's demo plan. */
  static final List<Account> ACCOUNTS = List.of(
      new Account("demo-city", "演示·市级管理员", Role.CITY_ADMIN, null, null, true),
      new Account("demo-assessor", "演示·市级审核员", Role.CITY_ASSESSOR, null, null, true),
      new Account("demo-district", "演示·广陵区管理员", Role.DISTRICT_ADMIN, "321002", null, true),
      new Account("demo-township", "演示·湾头镇经办人", Role.TOWNSHIP_OPERATOR, null, "321002005", true),
      new Account("demo-viewer", "演示·查看者", Role.VIEWER, null, null, true),
      new Account("demo-guazhou", "演示·瓜洲镇经办人（不可登录）", Role.TOWNSHIP_OPERATOR, null, "321003001", false));

  /**
   * A demo nomination: the state it is seeded into and, for one with a plan, who wrote and submitted
   * the plan and who approved it (null while it is only submitted). The seeded history keeps the
   * roles apart as the workflow does: the township's operator writes, the district admin approves.
   */
  record Nominated(String townshipCode, NominationState state, String writtenBy, String approvedBy) {}

  static final List<Nominated> NOMINATIONS = List.of(
      new Nominated("321002001", NominationState.NOMINATED, null, null),
      new Nominated("321002005", NominationState.IN_PROGRESS, "demo-township", "demo-district"), // it can gather evidence
      new Nominated("321003001", NominationState.PLAN_SUBMITTED, "demo-guazhou", null));

  /**
   * The current year's round, open, with phases around today, and a few nominations in different
   * states (two with a plan), so that every page has something to show.
   */
  private void loadRound() {
    Instant now = clock.instant();
    int year = LocalDate.ofInstant(now, Shanghai.ZONE).getYear();
    List<PhaseInput> phases = List.of(
        phase(Phase.DEPLOYMENT, now, -10, 20),
        phase(Phase.IMPLEMENTATION, now, -10, 80),
        phase(Phase.PROVINCIAL_SELECTION, now, -10, 50),
        phase(Phase.ASSESSMENT, now, 81, 110),
        phase(Phase.CLOSING, now, 111, 120));
    long round = rounds.create(new RoundInput(year, year + "年度就业富民乡村振兴基地培育" + MARK, 1L, 2, 1, phases)).id();
    rounds.act(round, null, RoundAction.OPEN);
    for (Nominated n : NOMINATIONS) {
      long nomination = nominations.create(round, township(n.townshipCode()).id()).id();
      if (n.writtenBy() != null) {
        plans.savePrepared(nomination, plan(year), n.writtenBy());
        nominations.seedState(nomination, n.state(), n.writtenBy(), n.approvedBy());
      }
    }
    LOG.warnf("Loaded the DEMO round %d with %d nominations", year, NOMINATIONS.size());
  }

  private static PhaseInput phase(Phase code, Instant now, int startDays, int endDays) {
    return new PhaseInput(code, OffsetDateTime.ofInstant(now.plus(Duration.ofDays(startDays)), Shanghai.ZONE),
        OffsetDateTime.ofInstant(now.plus(Duration.ofDays(endDays)), Shanghai.ZONE));
  }

  private static PlanInput plan(int year) {
    return new PlanInput(
        "## 建设内容（演示）\n\n- 建设乡村零工市场，发布本地岗位清单\n- 开展订单式技能培训\n- 落实城乡居民基本养老保险参保扩面",
        "王主任", "0514-80000000", List.of(
            new MilestoneInput(LocalDate.of(year, 8, 31), "成立基地创建工作领导小组", MilestoneStatus.DONE, "已印发文件"),
            new MilestoneInput(LocalDate.of(year + 1, 3, 31), "零工市场投入运营", MilestoneStatus.IN_PROGRESS, null)));
  }

  /**
   * One demo user per role (password {@value #PASSWORD}, documented in the README), for trying the
   * app, and the demo history's other actors: accounts with a password nobody knows, disabled.
   */
  private void loadUsers() {
    for (Account a : ACCOUNTS) {
      Long district = a.districtCode() == null ? null : districts().get(a.districtCode()).id();
      Long township = a.townshipCode() == null ? null : township(a.townshipCode()).id();
      UserInput input = new UserInput(a.username(), a.displayName(), a.role(), district, township);
      if (a.signsIn()) {
        users.createReady(input, PASSWORD);
      } else {
        users.setEnabled(users.createImported(input, null).id(), false);
      }
    }
    LOG.warnf("Demo users demo-city, demo-assessor, demo-district, demo-township, demo-viewer have the password %s", PASSWORD);
  }

  /** The districts by code (the city has fewer than a page of them). */
  private Map<String, DistrictView> districts() {
    return districts.list(new DistrictFilter(null, null), ALL).items().stream()
        .collect(Collectors.toMap(DistrictView::code, Function.identity()));
  }

  private TownshipView township(String code) {
    return townships.list(new TownshipFilter(null, code), ALL).items().stream()
        .filter(t -> t.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No demo township " + code));
  }

  private static List<String> lines() {
    try (var in = DemoData.class.getResourceAsStream("/demo/townships.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
