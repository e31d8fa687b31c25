package org.fumin.auth;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every replica that a session ended or a user changed, through PostgreSQL {@code NOTIFY} on
 * the channel {@value #CHANNEL}: the notification is sent in the changing transaction and delivered
 * to all listeners when it commits, so each replica evicts its cached copy at once. This replica
 * also evicts its own copy immediately and again after the commit.
 */
@ApplicationScoped
public class SessionChanges {

  static final String CHANNEL = "fumin_session_changes";
  private static final Logger LOG = Logger.getLogger(SessionChanges.class);

  @Inject EntityManager em;
  @Inject SessionCache cache;
  @Inject AgroalDataSource dataSource;
  @Inject TransactionSynchronizationRegistry transactions;

  private volatile boolean running;
  private Thread listener;

  void sessionEnded(long sessionId) {
    announce("session:" + sessionId);
  }

  void userChanged(long userId) {
    announce("user:" + userId);
  }

  private void announce(String change) {
    notifyReplicas(change);
    apply(change);
    if (transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
          if (status == Status.STATUS_COMMITTED) {
            apply(change); // a request may have re-read the old state before the commit
          }
        }
      });
    }
  }

  /** PostgreSQL NOTIFY, because it reaches every replica exactly when the change commits. */
  private void notifyReplicas(String change) {
    em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, change).getSingleResult();
  }

  /** Evicts what a change ({@code session:<id>} or {@code user:<id>}) affects; anything else empties the cache. */
  void apply(String change) {
    int colon = change.indexOf(':');
    try {
      long id = Long.parseLong(change.substring(colon + 1));
      switch (change.substring(0, colon)) {
        case "session" -> cache.evictSession(id);
        case "user" -> cache.evictUser(id);
        default -> cache.clear();
      }
    } catch (RuntimeException e) {
      cache.clear();
    }
  }

  void start(@Observes StartupEvent event) {
    running = true;
    listener = new Thread(this::listen, "session-changes");
    listener.setDaemon(true);
    listener.start();
  }

  /** Ends the listener while the beans it calls still exist (it waits at most a second for a notification). */
  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (listener != null) {
      listener.interrupt();
      try {
        listener.join(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** PostgreSQL LISTEN on one held connection; the cache is used only while it is connected. */
  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        statement.execute("LISTEN " + CHANNEL);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        cache.listening(true);
        for (int round = 1; running; round++) {
          if (round % 30 == 0) {
            statement.execute("select 1"); // a silently dropped connection shows up here
          }
          PGNotification[] notifications = postgres.getNotifications(1000);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              apply(notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        cache.listening(false);
        if (running) {
          LOG.warnf("Not listening for session changes (%s); sessions are read from the database until it is back", e.toString());
          pause();
        }
      }
    }
    cache.listening(false);
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
