package org.fumin.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.fumin.common.problem.ProblemException;

/**
 * Who is calling, set once per request by {@link AccessControl} from the request's
 * {@link SecurityIdentity}: a signed-in user, an API key, or nobody. Services ask it for the caller's data scope; the org tree decides what is visible.
 */
@RequestScoped
public class Caller {

  /** What kind of principal made the request. */
  public enum Kind { ANONYMOUS, USER, API_KEY }

  private Kind kind = Kind.ANONYMOUS;
  private long id;
  private String name;
  private Role role;
  private Long districtId;
  private Long townshipId;
  private Long sessionId;
  private Set<String> scopes = Set.of();
  private String clientAddress;
  private String csrfToken;
  private boolean mustChangePassword;

  /** Takes over who the authenticated identity is (nothing for an anonymous one). */
  void from(SecurityIdentity identity) {
    SessionUser session = CallerIdentity.session(identity);
    CallerIdentity.KeyPrincipal key = CallerIdentity.key(identity);
    if (session != null) {
      signIn(session);
    } else if (key != null) {
      useKey(key.keyId(), key.name(), key.scopes(), key.districtId());
    }
  }

  void signIn(SessionUser session) {
    signIn(session.userId(), session.username(), session.role(), session.districtId(), session.townshipId(), session.sessionId());
    this.csrfToken = session.csrfToken();
    this.mustChangePassword = session.mustChangePassword();
  }

  void signIn(long userId, String username, Role role, Long districtId, Long townshipId, Long sessionId) {
    this.kind = Kind.USER;
    this.id = userId;
    this.name = username;
    this.role = role;
    this.districtId = districtId;
    this.townshipId = townshipId;
    this.sessionId = sessionId;
  }

  void useKey(long keyId, String keyName, Set<String> scopes, Long districtId) {
    this.kind = Kind.API_KEY;
    this.id = keyId;
    this.name = keyName;
    this.scopes = scopes;
    this.districtId = districtId;
  }

  void from(String clientAddress) {
    this.clientAddress = clientAddress;
  }

  /** A copy of who is calling, for work that goes on after the request (an import job). */
  public Caller snapshot() {
    Caller copy = new Caller();
    copy.adopt(this);
    return copy;
  }

  /** Takes over a snapshot, in the request context a background job has activated for itself. */
  public void adopt(Caller other) {
    this.kind = other.kind;
    this.id = other.id;
    this.name = other.name;
    this.role = other.role;
    this.districtId = other.districtId;
    this.townshipId = other.townshipId;
    this.sessionId = other.sessionId;
    this.scopes = other.scopes;
    this.clientAddress = other.clientAddress;
    this.mustChangePassword = other.mustChangePassword;
  }

  String csrfToken() {
    return csrfToken;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Kind kind() {
    return kind;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  public Long sessionId() {
    return sessionId;
  }

  public Set<String> scopes() {
    return scopes;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public boolean isUser() {
    return kind == Kind.USER;
  }

  /** The district the caller is confined to, or null when the caller sees the whole city. */
  public Long districtScope() {
    return districtId;
  }

  /** The township the caller is confined to, or null when the caller sees more than one. */
  public Long townshipScope() {
    return townshipId;
  }

  public boolean seesWholeCity() {
    return districtId == null && townshipId == null;
  }

  public boolean mayUseDistrict(long district) {
    return seesWholeCity() || (districtId != null && districtId == district);
  }

  public boolean mayUseTownship(long township, long district) {
    if (townshipId != null) {
      return townshipId == township;
    }
    return mayUseDistrict(district);
  }

  /** Refuses (as not found) an object outside the caller's scope: foreign objects do not exist for them. */
  public void requireDistrict(long district, String entityKey, Object id) {
    if (!mayUseDistrict(district)) {
      throw ProblemException.notFound(entityKey, id);
    }
  }
}
