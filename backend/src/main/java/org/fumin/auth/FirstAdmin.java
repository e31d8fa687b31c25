package org.fumin.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import org.fumin.user.User;
import org.jboss.logging.Logger;

/**
 * Creates the first city admin ({@code admin}) when there is no user at all: with the password of
 * {@code FUMIN_AUTH_INITIAL_ADMIN_PASSWORD}, or a one-time password printed once to the log. Either
 * way it must be changed at the first sign-in.
 */
@ApplicationScoped
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
  public static final String USERNAME = "admin";

  @Inject Passwords passwords;
  @Inject AuthConfig config;
  @Inject InstantSource clock;

  @Transactional
  void create(@Observes StartupEvent event) {
    if (User.count() > 0) {
      return;
    }
    String password = config.initialAdminPassword().orElseGet(passwords::generate);
    User admin = new User();
    admin.username = USERNAME;
    admin.displayName = "系统管理员";
    admin.role = Role.CITY_ADMIN;
    admin.passwordHash = passwords.hash(password);
    admin.mustChangePassword = true;
    admin.passwordChangedAt = clock.instant();
    admin.persist();
    if (config.initialAdminPassword().isPresent()) {
      LOG.infof("Created the first city admin '%s' with the configured initial password (to be changed at first sign-in)", USERNAME);
    } else {
      LOG.warnf("Created the first city admin '%s' with the one-time password: %s  (shown only now; change it at first sign-in)",
          USERNAME, password);
    }
  }
}
