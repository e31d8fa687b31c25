package org.fumin.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Passwords;
import org.fumin.auth.Role;
import org.fumin.auth.Sessions;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.paging.Where;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;
import org.fumin.district.District;
import org.fumin.township.Township;
import org.fumin.user.UserApi.UserFilter;
import org.fumin.user.UserApi.UserInput;
import org.fumin.user.UserApi.UserUpdate;
import org.fumin.user.UserApi.UserView;
import org.fumin.user.UserApi.UserWithPassword;

/** City admins manage accounts: create, change role and scope, disable, unlock, reset passwords. */
@ApplicationScoped
@Transactional
public class UserService {

  private static final Map<String, String> SORTS = Map.of(
      "username", "u.username", "displayName", "u.displayName", "role", "u.role, u.username", "createdAt", "u.createdAt");

  @Inject Passwords passwords;
  @Inject Sessions sessions;
  @Inject AuditService audit;
  @Inject Caller caller;
  @Inject InstantSource clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<UserView> list(UserFilter filter, PageRequest paging) {
    Where where = new Where()
        .equal("u.role", "role", filter.role())
        .equal("u.districtId", "districtId", filter.districtId())
        .equal("u.enabled", "enabled", filter.enabled())
        .contains(filter.q(), "lower(u.username) like :q or lower(u.displayName) like :q");
    return where.page(User.class, "from User u", "from User u", paging.orderBy(SORTS, "username", "u.id"), paging, UserView::from);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public UserView get(long id) {
    return UserView.from(find(id));
  }

  public UserWithPassword create(UserInput input) {
    if (User.count("username", input.username()) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "user.username-taken", input.username());
    }
    User user = new User();
    user.username = input.username();
    applyScope(user, input.displayName(), input.role(), input.districtId(), input.townshipId());
    String password = passwords.generate();
    user.passwordHash = passwords.hash(password);
    user.mustChangePassword = true;
    user.passwordChangedAt = clock.instant();
    user.persistAndFlush();
    audit.record("USER_CREATED", "USER", user.id, null, UserView.from(user));
    return new UserWithPassword(UserView.from(user), password);
  }

  /**
   * A ready-to-use account with a password chosen by the operator of the installation (the demo
   * data's accounts): no change is demanded at first sign-in. Audited like any other account.
   */
  public UserView createReady(UserInput input, String password) {
    User user = new User();
    user.username = input.username();
    applyScope(user, input.displayName(), input.role(), input.districtId(), input.townshipId());
    user.passwordHash = passwords.hash(password);
    user.mustChangePassword = false;
    user.passwordChangedAt = clock.instant();
    user.persistAndFlush();
    audit.record("USER_CREATED", "USER", user.id, null, UserView.from(user));
    return UserView.from(user);
  }

  public UserView update(long id, String ifMatch, UserUpdate input) {
    User user = find(id);
    ETags.requireMatch(ifMatch, user.version);
    if (user.id == caller.id() && input.role() != user.role) {
      throw new ProblemException(ProblemType.CONFLICT, "user.self-change");
    }
    UserView before = UserView.from(user);
    applyScope(user, input.displayName(), input.role(), input.districtId(), input.townshipId());
    user.flush();
    if (before.role() != user.role || !java.util.Objects.equals(before.districtId(), user.districtId)
        || !java.util.Objects.equals(before.townshipId(), user.townshipId)) {
      sessions.revokeAllOf(user.id, null); // a narrower scope must not live on in old sessions
    }
    audit.record("USER_UPDATED", "USER", user.id, before, UserView.from(user));
    return UserView.from(user);
  }

  /** An existing account as an import compares it (never its password). */
  public record UserRef(long id, String username, String displayName, Role role, Long districtId, Long townshipId) {}

  /** The accounts with these usernames. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, UserRef> byUsernames(Collection<String> usernames) {
    Map<String, UserRef> found = new java.util.HashMap<>();
    if (!usernames.isEmpty()) {
      User.<User>list("username in ?1", usernames).forEach(u ->
          found.put(u.username, new UserRef(u.id, u.username, u.displayName, u.role, u.districtId, u.townshipId)));
    }
    return found;
  }

  /**
   * An account created by an import. With an initial password from the file (checked against the
   * policy by the import), the user must change it at first sign-in as with any initial password;
   * without one the account gets a random password nobody knows, and a city admin hands one out
   * with a password reset. The password is never part of an answer or a report.
   */
  public UserView createImported(UserInput input, String initialPassword) {
    User user = new User();
    user.username = input.username();
    applyScope(user, input.displayName(), input.role(), input.districtId(), input.townshipId());
    user.passwordHash = passwords.hash(initialPassword != null ? initialPassword : passwords.generate());
    user.mustChangePassword = true;
    user.passwordChangedAt = clock.instant();
    user.persistAndFlush();
    audit.record("USER_CREATED", "USER", user.id, null, UserView.from(user));
    return UserView.from(user);
  }

  /** Changes an account an import matched by username: no {@code If-Match}, the import is the intent. */
  public UserView updateImported(long id, UserUpdate input) {
    User user = find(id);
    return update(id, ETags.of(user.version), input);
  }

  public UserView setEnabled(long id, boolean enabled) {
    User user = find(id);
    if (user.id == caller.id() && !enabled) {
      throw new ProblemException(ProblemType.CONFLICT, "user.self-change");
    }
    UserView before = UserView.from(user);
    user.enabled = enabled;
    user.flush();
    if (!enabled) {
      sessions.revokeAllOf(user.id, null);
    }
    audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "USER", user.id, before, UserView.from(user));
    return UserView.from(user);
  }

  public UserView unlock(long id) {
    User user = find(id);
    UserView before = UserView.from(user);
    user.locked = false;
    user.failedLogins = 0;
    user.flush();
    audit.record("USER_UNLOCKED", "USER", user.id, before, UserView.from(user));
    return UserView.from(user);
  }

  public UserWithPassword resetPassword(long id) {
    User user = find(id);
    String password = passwords.generate();
    user.passwordHash = passwords.hash(password);
    user.passwordChangedAt = clock.instant();
    user.mustChangePassword = true;
    user.locked = false;
    user.failedLogins = 0;
    user.flush();
    sessions.revokeAllOf(user.id, null);
    audit.record("PASSWORD_RESET", "USER", user.id, null, null);
    return new UserWithPassword(UserView.from(user), password);
  }

  /** The enabled users holding one of these roles, for features that address people by role and scope. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UserView> enabledWith(Collection<Role> roles) {
    return User.<User>list("enabled = true and role in ?1", roles).stream().map(UserView::from).toList();
  }

  private User find(long id) {
    User user = User.findById(id);
    if (user == null) {
      throw ProblemException.notFound("entity.user", id);
    }
    return user;
  }

  /** Role and scope must fit: city roles none, district roles a district, township roles a township. */
  private static void applyScope(User user, String displayName, Role role, Long districtId, Long townshipId) {
    switch (role) {
      case CITY_ADMIN, CITY_ASSESSOR -> {
        if (districtId != null || townshipId != null) {
          throw ProblemException.invalidField("districtId", "scope.city-role");
        }
      }
      case DISTRICT_ADMIN -> {
        if (districtId == null || townshipId != null) {
          throw ProblemException.invalidField("districtId", "scope.district-required");
        }
      }
      case TOWNSHIP_OPERATOR -> {
        if (townshipId == null) {
          throw ProblemException.invalidField("townshipId", "scope.township-required");
        }
      }
      case VIEWER -> {
        if (townshipId != null) {
          throw ProblemException.invalidField("townshipId", "scope.viewer-township");
        }
      }
      default -> throw new IllegalStateException(role.name());
    }
    if (townshipId != null) {
      Township township = Township.findById(townshipId);
      if (township == null) {
        throw ProblemException.invalidField("townshipId", "scope.unknown-township", String.valueOf(townshipId));
      }
      if (districtId != null && !districtId.equals(township.district.id)) {
        throw ProblemException.invalidField("districtId", "scope.township-outside-district");
      }
      districtId = null; // a township operator's district follows from the township
    }
    if (districtId != null && District.findById(districtId) == null) {
      throw ProblemException.invalidField("districtId", "scope.unknown-district", String.valueOf(districtId));
    }
    user.displayName = displayName.strip();
    user.role = role;
    user.districtId = districtId;
    user.townshipId = townshipId;
  }
}
