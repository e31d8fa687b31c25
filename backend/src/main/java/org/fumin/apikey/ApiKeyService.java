package org.fumin.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.List;
import java.util.TreeSet;
import org.fumin.apikey.ApiKeyApi.ApiKeyInput;
import org.fumin.apikey.ApiKeyApi.ApiKeyView;
import org.fumin.apikey.ApiKeyApi.ApiKeyWithSecret;
import org.fumin.audit.AuditService;
import org.fumin.auth.AuthConfig;
import org.fumin.auth.Caller;
import org.fumin.common.Hashes;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.district.District;

/** City admins issue, rotate and revoke keys; the secret is shown once and only its hash is kept. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

  private static final java.util.Map<String, String> SORTS = java.util.Map.of(
      "name", "k.name", "createdAt", "k.createdAt", "lastUsedAt", "k.lastUsedAt");

  @Inject AuditService audit;
  @Inject Caller caller;
  @Inject AuthConfig config;
  @Inject InstantSource clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ApiKeyView> list(String q, PageRequest paging) {
    String condition = q == null || q.isBlank() ? "" : " where lower(k.name) like :q or lower(k.ownerSystem) like :q";
    io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
    if (!condition.isEmpty()) {
      params.and("q", "%" + q.strip().toLowerCase() + "%");
    }
    List<ApiKey> keys = ApiKey.<ApiKey>find("from ApiKey k" + condition + paging.orderBy(SORTS, "name", "k.id"), params.map())
        .range(paging.offset(), paging.offset() + paging.size() - 1).list();
    return new Page<>(keys.stream().map(k -> ApiKeyView.from(k, clock.instant())).toList(), paging.page(), paging.size(),
        ApiKey.count("from ApiKey k" + condition, params.map()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ApiKeyView get(long id) {
    return ApiKeyView.from(find(id), clock.instant());
  }

  public ApiKeyWithSecret create(ApiKeyInput input) {
    for (String scope : input.scopes()) {
      if (scope == null) {
        throw ProblemException.invalidField("scopes", "apikey.scope-missing");
      }
      if (!ApiKeyApi.SCOPES.contains(scope)) {
        throw ProblemException.invalidField("scopes", "apikey.scope-unknown", scope);
      }
    }
    if (input.expiresAt() != null && !input.expiresAt().isAfter(clock.instant())) {
      throw ProblemException.invalidField("expiresAt", "apikey.expiry-past");
    }
    if (input.districtId() != null && District.findById(input.districtId()) == null) {
      throw ProblemException.invalidField("districtId", "scope.unknown-district", String.valueOf(input.districtId()));
    }
    if (ApiKey.count("name", input.name().strip()) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "problem.duplicate.detail");
    }
    ApiKey key = new ApiKey();
    key.name = input.name().strip();
    key.ownerSystem = input.ownerSystem().strip();
    key.scopes = String.join(",", new TreeSet<>(input.scopes()));
    key.districtId = input.districtId();
    key.expiresAt = input.expiresAt();
    key.rateLimitPerMinute = input.rateLimitPerMinute() == null ? 600 : input.rateLimitPerMinute();
    key.createdBy = caller.id();
    key.prefix = Hashes.token(6).replace("_", "x").replace("-", "y");
    String secret = newSecret(key);
    key.persistAndFlush();
    audit.record("API_KEY_CREATED", "API_KEY", key.id, null, ApiKeyView.from(key, clock.instant()));
    return new ApiKeyWithSecret(ApiKeyView.from(key, clock.instant()), secret);
  }

  public ApiKeyView revoke(long id) {
    ApiKey key = find(id);
    ApiKeyView before = ApiKeyView.from(key, clock.instant());
    if (key.revokedAt == null) {
      key.revokedAt = clock.instant();
      key.previousSecretHash = null;
      key.previousValidUntil = null;
      key.flush();
    }
    audit.record("API_KEY_REVOKED", "API_KEY", key.id, before, ApiKeyView.from(key, clock.instant()));
    return ApiKeyView.from(key, clock.instant());
  }

  /** A new secret; the old one keeps working for the grace period so systems can switch over. */
  public ApiKeyWithSecret rotate(long id) {
    ApiKey key = find(id);
    if (!key.isActive(clock.instant())) {
      throw new ProblemException(ProblemType.CONFLICT, "apikey.inactive");
    }
    ApiKeyView before = ApiKeyView.from(key, clock.instant());
    key.previousSecretHash = key.secretHash;
    key.previousValidUntil = clock.instant().plus(config.keyRotationGrace());
    String secret = newSecret(key);
    key.flush();
    audit.record("API_KEY_ROTATED", "API_KEY", key.id, before, ApiKeyView.from(key, clock.instant()));
    return new ApiKeyWithSecret(ApiKeyView.from(key, clock.instant()), secret);
  }

  private static String newSecret(ApiKey key) {
    String secret = ApiKeyAuthenticator.KEY_PREFIX + key.prefix + "_" + Hashes.token(32);
    key.secretHash = Hashes.sha256(secret);
    return secret;
  }

  private static ApiKey find(long id) {
    ApiKey key = ApiKey.findById(id);
    if (key == null) {
      throw ProblemException.notFound("entity.api-key", id);
    }
    return key;
  }
}
