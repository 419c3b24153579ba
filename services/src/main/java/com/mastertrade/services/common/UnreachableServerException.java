package com.mastertrade.services.common;

/** A server the service needs could not be reached at start; the message names it and where. */
public final class UnreachableServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreachableServerException(String server, String address, Throwable cause) {
    super(
        server
            + " is unreachable at "
            + address
            + ": "
            + cause.getMessage()
            + " (is the server running? settings come from the environment, see README)",
        cause);
  }
}
