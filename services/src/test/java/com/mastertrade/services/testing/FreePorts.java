package com.mastertrade.services.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports of 127.0.0.1 nobody listens on, for services a test starts in its own process. */
public final class FreePorts {
  private FreePorts() {}

  public static int next() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
