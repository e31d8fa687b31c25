package org.fumin.auth;

import java.lang.reflect.Method;
import java.security.Permission;
import java.util.Arrays;
import java.util.Set;

/** A resource method's {@link Allow}, as a permission the caller's identity grants or not. */
final class AccessRule extends Permission {

  private final transient Allow allow;

  AccessRule(Method method, Allow allow) {
    super(method.getDeclaringClass().getSimpleName() + "." + method.getName());
    this.allow = allow;
  }

  boolean admitsRole(Role role) {
    return Arrays.asList(allow.value()).contains(role);
  }

  boolean admitsScopes(Set<String> scopes) {
    return !allow.keyScope().isEmpty() && scopes.contains(allow.keyScope());
  }

  @Override
  public boolean implies(Permission permission) {
    return equals(permission);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccessRule rule && rule.getName().equals(getName());
  }

  @Override
  public int hashCode() {
    return getName().hashCode();
  }

  @Override
  public String getActions() {
    return "";
  }
}
