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

/**
 * A TCP proxy on 127.0.0.1 in front of one server, which the test can cut and restore. A cut closes
 * every connection through it and stops listening, so clients see what they see when the server
 * goes away: reset connections and refused new ones. Restoring listens on the same port again.
 * Daemon threads only; {@link #close} stops it for good.
 */
final class TcpProxy implements AutoCloseable {
  private final String name;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  private TcpProxy(String name, int targetPort, ServerSocket listener) {
    this.name = name;
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
    daemon(name + "-up", () -> pump(client, upstream));
    daemon(name + "-down", () -> pump(upstream, client));
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
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
