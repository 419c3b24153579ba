package com.mastertrade.services.common;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A JDBC-level fault: once armed, the next transaction that inserts into {@code table} is committed
 * by PostgreSQL and its answer lost on the way back, so the caller sees the error a dropped
 * connection gives while the rows are durable.
 */
public final class LostCommits {
  private final String table;
  private final AtomicBoolean armed = new AtomicBoolean();

  public LostCommits(String table) {
    this.table = table;
  }

  /** Loses the answer to the next commit of a transaction that inserts into the table. */
  public void armOnce() {
    armed.set(true);
  }

  /** Whether the armed fault has not struck yet. */
  public boolean pending() {
    return armed.get();
  }

  /** The service's database with its statements going through this fault. */
  public Database open(ServiceHost host, int poolSize) {
    HikariDataSource pool =
        host.closeOnStop(Postgres.connect(host.settings(), host.name(), poolSize));
    return Database.open(host, pool, wrap(pool));
  }

  private DataSource wrap(DataSource pool) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(pool, method, args);
              return result instanceof Connection connection ? wrap(connection) : result;
            });
  }

  private Connection wrap(Connection connection) {
    AtomicBoolean insertsIntoTable = new AtomicBoolean();
    String insert = "insert into " + table + " ";
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if ((name.equals("prepareStatement") || name.equals("prepareCall"))
              && args[0] instanceof String sql
              && sql.toLowerCase(Locale.ROOT).startsWith(insert)) {
            insertsIntoTable.set(true);
          }
          if (name.equals("commit")) {
            boolean strike = insertsIntoTable.getAndSet(false) && armed.compareAndSet(true, false);
            invoke(connection, method, args);
            if (strike) {
              throw new SQLException(
                  "An I/O error occurred while sending to the backend (the commit's answer was"
                      + " lost)",
                  "08006");
            }
            return null;
          }
          if (name.equals("rollback")) {
            insertsIntoTable.set(false);
          }
          return invoke(connection, method, args);
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
