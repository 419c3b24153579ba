package com.mastertrade.services.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Follows what one client sends a PostgreSQL server (the frontend messages of the wire protocol)
 * far enough to tell when a transaction that inserted into a table commits: the statements it
 * prepares (Parse), binds (Bind) and runs (simple Query). The JDBC driver prepares named
 * statements once and binds them after, so the text of a statement is kept by name.
 */
final class PostgresFrontendWatch {
  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;

  private final String insertPrefix;
  private final ByteArrayOutputStream unread = new ByteArrayOutputStream();
  private final Map<String, String> statements = new HashMap<>();
  private boolean started;
  private boolean inserted;

  /** Watches for commits of transactions that insert into {@code table}. */
  PostgresFrontendWatch(String table) {
    this.insertPrefix = "INSERT INTO " + table.toUpperCase(Locale.ROOT) + " ";
  }

  /**
   * Reads the next bytes the client sent and returns whether they commit a transaction that
   * inserted into the table.
   */
  boolean commitsAnInsert(byte[] bytes, int length) {
    unread.write(bytes, 0, length);
    ByteBuffer buffer = ByteBuffer.wrap(unread.toByteArray());
    boolean commits = false;
    while (true) {
      int start = buffer.position();
      if (!started) {
        if (buffer.remaining() < 8) {
          break;
        }
        int size = buffer.getInt(start);
        if (buffer.remaining() < size) {
          break;
        }
        int code = buffer.getInt(start + 4);
        started = code != SSL_REQUEST && code != GSS_REQUEST;
        buffer.position(start + size);
        continue;
      }
      if (buffer.remaining() < 5) {
        break;
      }
      byte type = buffer.get(start);
      int size = buffer.getInt(start + 1);
      if (buffer.remaining() < 1 + size) {
        break;
      }
      ByteBuffer body = buffer.slice(start + 5, size - 4);
      buffer.position(start + 1 + size);
      switch (type) {
        case 'P' -> statements.put(cString(body), cString(body));
        case 'B' -> {
          cString(body); // the portal
          commits |= runs(statements.getOrDefault(cString(body), ""));
        }
        case 'Q' -> commits |= runs(cString(body));
        default -> {}
      }
    }
    byte[] rest = new byte[buffer.remaining()];
    buffer.get(rest);
    unread.reset();
    unread.write(rest, 0, rest.length);
    return commits;
  }

  /** Notes that {@code sql} runs; true if it commits a transaction that inserted. */
  private boolean runs(String sql) {
    String statement = sql.strip().toUpperCase(Locale.ROOT);
    if (statement.startsWith(insertPrefix)) {
      inserted = true;
    } else if (statement.startsWith("COMMIT")) {
      boolean commitsInsert = inserted;
      inserted = false;
      return commitsInsert;
    } else if (statement.startsWith("ROLLBACK")) {
      inserted = false;
    }
    return false;
  }

  private static String cString(ByteBuffer body) {
    int start = body.position();
    int end = start;
    while (end < body.limit() && body.get(end) != 0) {
      end++;
    }
    byte[] text = new byte[end - start];
    body.get(text);
    if (body.hasRemaining()) {
      body.get(); // the terminating zero
    }
    return new String(text, StandardCharsets.UTF_8);
  }
}
