package org.fumin.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource method: signed-in users with one of {@link #value()} roles, and API keys
 * holding {@link #keyScope()} (none when empty). Quarkus security authenticates every endpoint that
 * is not {@code @PermitAll} ({@code quarkus.security.jaxrs.default-roles-allowed=**}); then
 * {@link AccessControl} checks this rule as a permission of the caller's identity. A method without
 * {@code @Allow} or {@code @PermitAll} is refused to everyone: new endpoints are closed until someone
 * decides who may call them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {
  Role[] value();

  /** The API-key scope that may call this method, e.g. {@code read} or {@code import}. */
  String keyScope() default "";

  /** Callable while the user still has to change a first or reset password (sign-out, change it). */
  boolean beforePasswordChange() default false;
}
