package org.fumin.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fumin.audit.AuditService;
import org.fumin.auth.AuthApi.Me;
import org.fumin.auth.AuthApi.SessionView;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.user.User;

/**
 * Sign-in and sign-out, own password and sessions. Failed sign-ins never reveal whether an account
 * exists; they lock the account after repeated failures and throttle the client address.
 */
@ApplicationScoped
@Transactional
public class AuthService {

  @Inject Passwords passwords;
  @Inject Sessions sessions;
  @Inject AuthConfig config;
  @Inject AuditService audit;
  @Inject Caller caller;
  @Inject EntityManager em;

  /** A successful sign-in: the session's secrets for the cookies, and who signed in. */
  public record SignedIn(Sessions.Opened session, Me me) {}

  @Transactional(dontRollbackOn = ProblemException.class)
  public SignedIn login(String username, String password, String userAgent) {
    throttleAddress();
    User user = User.findByUsername(username.strip().toLowerCase());
    if (user == null) {
      passwords.burn(password);
      failed(null, username);
    }
    boolean matches = passwords.matches(password, user.passwordHash);
    if (!matches || !user.enabled || user.locked) {
      if (!matches && !user.locked) {
        user.failedLogins++;
        if (user.failedLogins >= config.lockAfterFailures()) {
          user.locked = true;
          audit.recordFor("SYSTEM", user.id, user.username, user.role.name(), "ACCOUNT_LOCKED",
              Map.of("failedLogins", user.failedLogins));
        }
      }
      failed(user, username);
    }
    user.failedLogins = 0;
    Sessions.Opened opened = sessions.open(user.id, caller.clientAddress(), userAgent);
    SessionUser session = sessions.find(opened.token()).orElseThrow();
    caller.signIn(session);
    audit.record("LOGIN", "USER", user.id, null, Map.of("sessionId", session.sessionId()));
    return new SignedIn(opened, me(user, opened.csrfToken()));
  }

  public void logout() {
    if (caller.sessionId() != null) {
      sessions.revoke(caller.sessionId());
      audit.record("LOGOUT", "USER", caller.id(), null, Map.of("sessionId", caller.sessionId()));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Me me() {
    return me(User.findById(caller.id()), caller.csrfToken());
  }

  public void changePassword(String current, String next) {
    User user = User.findById(caller.id());
    if (!passwords.matches(current, user.passwordHash)) {
      throw ProblemException.invalidField("currentPassword", "password.wrong-current");
    }
    passwords.checkPolicy("newPassword", next, user.username);
    user.passwordHash = passwords.hash(next);
    user.mustChangePassword = false;
    user.passwordChangedAt = Instant.now();
    sessions.revokeAllOf(user.id, caller.sessionId());
    audit.record("PASSWORD_CHANGED", "USER", user.id, null, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionView> mySessions() {
    return sessions.liveOf(caller.id()).stream()
        .map(r -> new SessionView(((Number) r[0]).longValue(), caller.sessionId() != null && caller.sessionId() == ((Number) r[0]).longValue(),
            (Instant) r[1], (Instant) r[2], (Instant) r[3], (String) r[4], (String) r[5]))
        .toList();
  }

  public void endSession(long sessionId) {
    boolean mine = mySessions().stream().anyMatch(s -> s.id() == sessionId);
    if (!mine) {
      throw ProblemException.notFound("entity.session", sessionId);
    }
    sessions.revoke(sessionId);
    audit.record("SESSION_ENDED", "SESSION", sessionId, null, null);
  }

  private void throttleAddress() {
    long recent = ((Number) em.createNativeQuery(
            "select count(*) from login_failure where client_address = ?1 and at > ?2")
        .setParameter(1, String.valueOf(caller.clientAddress()))
        .setParameter(2, Instant.now().minus(config.addressWindow()))
        .getSingleResult()).longValue();
    if (recent >= config.addressFailures()) {
      throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail")
          .retryAfter(config.addressWindow().toSeconds());
    }
  }

  private void failed(User user, String attempted) {
    em.createNativeQuery("insert into login_failure (client_address) values (?1)")
        .setParameter(1, String.valueOf(caller.clientAddress())).executeUpdate();
    audit.recordFor("ANONYMOUS", user == null ? null : user.id, attempted.length() > 64 ? attempted.substring(0, 64) : attempted,
        null, "LOGIN_FAILED", Map.of("knownAccount", user != null));
    throw new ProblemException(ProblemType.UNAUTHENTICATED, "auth.login-failed");
  }

  private Me me(User user, String csrf) {
    String districtName = user.districtId == null ? null
        : (String) em.createNativeQuery("select name from district where id = ?1").setParameter(1, user.districtId).getSingleResult();
    String townshipName = user.townshipId == null ? null
        : (String) em.createNativeQuery("select name from township where id = ?1").setParameter(1, user.townshipId).getSingleResult();
    return new Me(user.id, user.username, user.displayName, user.role, user.districtId, districtName,
        user.townshipId, townshipName, user.mustChangePassword, csrf);
  }
}
