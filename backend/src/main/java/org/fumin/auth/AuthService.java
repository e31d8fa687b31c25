package org.fumin.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.fumin.audit.AuditService;
import org.fumin.auth.AuthApi.Me;
import org.fumin.auth.AuthApi.SessionView;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.district.District;
import org.fumin.township.Township;
import org.fumin.user.User;

/**
 * Sign-in and sign-out, own password and sessions. Failed sign-ins never reveal whether an account
 * exists; they lock the account after repeated failures and throttle the client address. Wrong
 * current passwords on a password change are throttled the same way, per address and per account.
 */
@ApplicationScoped
@Transactional
public class AuthService {

  @Inject Passwords passwords;
  @Inject Sessions sessions;
  @Inject AuthConfig config;
  @Inject AuditService audit;
  @Inject Caller caller;
  @Inject InstantSource clock;

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
          sessions.userChanged(user.id);
          audit.recordFor("SYSTEM", user.id, user.username, user.role.name(), "ACCOUNT_LOCKED",
              Map.of("failedLogins", user.failedLogins));
        }
      }
      failed(user, username);
    }
    user.failedLogins = 0;
    Sessions.Opened opened = sessions.open(user.id, caller.clientAddress(), userAgent);
    SessionUser session = sessions.opened(opened.token());
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

  /**
   * A new own password: the current one must be right (wrong guesses count like failed sign-ins),
   * the new one must meet the policy, not be a common password and not be the current one.
   */
  @Transactional(dontRollbackOn = ProblemException.class)
  public void changePassword(String current, String next) {
    User user = User.findById(caller.id());
    throttleAddress();
    Instant since = clock.instant().minus(config.addressWindow());
    if (LoginFailure.againstUserSince(user.id, since) >= config.lockAfterFailures()) {
      throw tooMany();
    }
    if (!passwords.matches(current, user.passwordHash)) {
      LoginFailure.record(caller.clientAddress(), user.id, clock.instant());
      audit.recordAlways("PASSWORD_CHANGE_FAILED", "USER", user.id, Map.of("reason", "wrong current password"));
      throw ProblemException.invalidField("currentPassword", "password.wrong-current");
    }
    passwords.checkPolicy("newPassword", next, user.username);
    if (passwords.matches(next, user.passwordHash)) {
      throw ProblemException.invalidField("newPassword", "password.reused");
    }
    user.passwordHash = passwords.hash(next);
    user.mustChangePassword = false;
    user.passwordChangedAt = clock.instant();
    sessions.revokeAllOf(user.id, caller.sessionId());
    audit.record("PASSWORD_CHANGED", "USER", user.id, null, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionView> mySessions() {
    return sessions.liveOf(caller.id(), caller.sessionId());
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
    if (LoginFailure.fromAddressSince(caller.clientAddress(), clock.instant().minus(config.addressWindow()))
        >= config.addressFailures()) {
      throw tooMany();
    }
  }

  private ProblemException tooMany() {
    return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail")
        .retryAfter(config.addressWindow().toSeconds());
  }

  private void failed(User user, String attempted) {
    LoginFailure.record(caller.clientAddress(), user == null ? null : user.id, clock.instant());
    audit.recordFor("ANONYMOUS", user == null ? null : user.id, attempted.length() > 64 ? attempted.substring(0, 64) : attempted,
        null, "LOGIN_FAILED", Map.of("knownAccount", user != null));
    throw new ProblemException(ProblemType.UNAUTHENTICATED, "auth.login-failed");
  }

  private Me me(User user, String csrf) {
    Township township = user.townshipId == null ? null : Township.<Township>findById(user.townshipId);
    // A township operator's district is their township's: the account page names it.
    String districtName = user.districtId != null ? District.<District>findById(user.districtId).name
        : township != null ? township.district.name : null;
    String townshipName = township == null ? null : township.name;
    return new Me(user.id, user.username, user.displayName, user.role, user.districtId, districtName,
        user.townshipId, townshipName, user.mustChangePassword, csrf);
  }

  /** Forgets failures older than {@code before} (housekeeping). */
  public long purgeFailures(Instant before) {
    return LoginFailure.purgeBefore(before);
  }
}
