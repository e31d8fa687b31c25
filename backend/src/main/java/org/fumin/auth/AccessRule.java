package org.fumin.auth;

import java.lang.reflect.Method;
import java.security.Permission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A resource method's {@link Allow}, as a permission the caller's identity grants or not. */
final class AccessRule extends Permission {

  // copied out of the annotation once: its accessors clone arrays and go through a proxy
  private final transient Set<Role> roles;
  private final transient String keyScope;

  AccessRule(Method method, Allow allow) {
    super(method.getDeclaringClass().getSimpleName() + "." + method.getName());
    this.roles = allow.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(allow.value()));
    this.keyScope = allow.keyScope();
  }

  boolean admitsRole(Role role) {
    return roles.contains(role);
  }

  boolean admitsScopes(Set<String> scopes) {
    return !keyScope.isEmpty() && scopes.contains(keyScope);
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
