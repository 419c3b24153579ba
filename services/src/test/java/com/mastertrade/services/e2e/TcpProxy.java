package com.mastertrade.services.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of one server, which the test can cut and restore. A cut closes
 * every connection through it and stops listening, so clients see what they see when the server
 * goes away: reset connections and refused new ones. Restoring listens on the same port again.
 * Daemon threads only; {@link #close} stops it for good. In front of PostgreSQL it can also lose the
 * answer to one commit ({@link #loseNextOrderCommitAnswer}).
 */
final class TcpProxy implements AutoCloseable {
  /** The name of the proxy in front of PostgreSQL. */
  static final String POSTGRES = "postgres";

  private static final String ORDERS = "orders";

  private final String name;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  /** Set while the answer to the next commit of an order is to be lost. */
  private final AtomicBoolean losingOrderCommit = new AtomicBoolean();

  /** Whether this proxy is in front of PostgreSQL, whose protocol it then follows. */
  private final boolean postgres;

  private final AtomicInteger commitAnswersLost = new AtomicInteger();

  private TcpProxy(String name, int targetPort, ServerSocket listener) {
    this.name = name;
    this.postgres = name.equals(POSTGRES);
    this.targetPort = targetPort;
    this.port = listener.getLocalPort();
    this.listener = listener;
  }

  /** Starts a proxy on a free port of 127.0.0.1 forwarding to 127.0.0.1:{@code targetPort}. */
  static TcpProxy start(String name, int targetPort) throws IOException {
    TcpProxy proxy = new TcpProxy(name, targetPort, listen(0));
    proxy.acceptOn(proxy.listener);
    return proxy;
  }

  int port() {
    return port;
  }

  String name() {
    return name;
  }

  /** Cuts the server off: every open connection closed, new ones refused. */
  synchronized void cut() throws IOException {
    ServerSocket current = listener;
    listener = null;
    if (current != null) {
      current.close();
    }
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  /** Accepts connections again, on the same port. */
  synchronized void restore() throws IOException {
    if (listener == null) {
      listener = listen(port);
      acceptOn(listener);
    }
  }

  /**
   * Loses the answer to the next commit of a transaction that inserts into {@code orders}: the
   * commit reaches PostgreSQL, which commits; its answer is read from the server and dropped, and
   * the client's connection is closed, as when a network drops a connection at that moment.
   */
  void loseNextOrderCommitAnswer() {
    if (!postgres) {
      throw new IllegalStateException(name + " is no PostgreSQL proxy");
    }
    losingOrderCommit.set(true);
  }

  /** Whether the armed commit loss has not struck yet. */
  boolean commitLossPending() {
    return losingOrderCommit.get();
  }

  /** How many commit answers this proxy lost. */
  int commitAnswersLost() {
    return commitAnswersLost.get();
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
    return socket;
  }

  private void acceptOn(ServerSocket server) {
    daemon(
        name + "-accept",
        () -> {
          while (!server.isClosed()) {
            Socket client;
            try {
              client = server.accept();
            } catch (IOException e) {
              return;
            }
            connect(client);
          }
        });
  }

  private void connect(Socket client) {
    Socket upstream;
    try {
      upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    sockets.add(client);
    sockets.add(upstream);
    if (listener == null) {
      // Cut while connecting.
      closeQuietly(client);
      closeQuietly(upstream);
      return;
    }
    // A PostgreSQL connection's frontend messages are followed, so its commits can be told.
    PostgresFrontendWatch watch = postgres ? new PostgresFrontendWatch(ORDERS) : null;
    AtomicBoolean dropAnswer = new AtomicBoolean();
    daemon(name + "-up", () -> pump(client, upstream, watch, dropAnswer, false));
    daemon(name + "-down", () -> pump(upstream, client, null, dropAnswer, true));
  }

  /**
   * Copies {@code from} to {@code to}. Client to server, {@code watch} (if any) sees the bytes and
   * a commit whose answer is to be lost sets {@code dropAnswer}; server to client, the next bytes
   * after that (the commit's answer) are dropped and the connection closed.
   */
  private void pump(
      Socket from,
      Socket to,
      PostgresFrontendWatch watch,
      AtomicBoolean dropAnswer,
      boolean serverToClient) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (serverToClient && dropAnswer.get()) {
          commitAnswersLost.incrementAndGet();
          return;
        }
        if (watch != null && watch.commitsAnInsert(buffer, read) && takeCommitLoss()) {
          // Set before the commit leaves: the server's answer may come back at once.
          dropAnswer.set(true);
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // Closed by the other side or by a cut.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  /** Whether an armed commit loss is due: true once per {@link #loseNextOrderCommitAnswer}. */
  private boolean takeCommitLoss() {
    return losingOrderCommit.compareAndSet(true, false);
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}
