package com.mastertrade.services.access;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Where a call comes from. */
final class Callers {
  private Callers() {}

  /** Whether {@code remoteAddress}, a numeric address as Jetty reports it, is on loopback. */
  static boolean isLoopback(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isEmpty()) {
      return false;
    }
    try {
      // A numeric address is parsed, never looked up: no DNS call on the request path.
      return InetAddress.getByName(remoteAddress).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
