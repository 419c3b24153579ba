package com.mastertrade.services.common;

import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Looks at and replays the dead letters of a service's queue on the services' RabbitMQ (their
 * {@code RABBITMQ_*} settings). Run by {@code scripts/dead-letters.sh}:
 *
 * <pre>
 * dead-letters.sh show QUEUE [N]     the first N dead letters (default 10): id, reason, deaths, body
 * dead-letters.sh replay QUEUE [N]   moves at most N (default all) back into QUEUE
 * </pre>
 *
 * Exit codes: 0 done, 1 no such queue, 2 RabbitMQ unreachable, 64 bad usage.
 */
public final class DeadLetterCommand {
  private static final String USAGE = "usage: dead-letters.sh show|replay QUEUE [N]";

  private DeadLetterCommand() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length < 2
        || args.length > 3
        || !(args[0].equals("show") || args[0].equals("replay"))) {
      System.err.println(USAGE);
      return 64;
    }
    int limit;
    try {
      limit =
          args.length == 3
              ? Integer.parseInt(args[2])
              : args[0].equals("show") ? 10 : Integer.MAX_VALUE;
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1) {
      System.err.println("dead-letters: N must be a positive whole number, was " + args[2]);
      return 64;
    }
    String queue = args[1];
    Connection connection;
    try {
      connection = RabbitMq.connect(Settings.fromEnvironment(), "dead-letters");
    } catch (UnreachableServerException e) {
      System.err.println("dead-letters: " + e.getMessage());
      return 2;
    }
    try (connection) {
      DeadLetterQueue dead = new DeadLetterQueue(connection, queue);
      long depth;
      try {
        depth = dead.depth();
      } catch (IOException e) {
        System.err.println(
            "dead-letters: "
                + queue
                + " has no dead-letter queue "
                + QueueConsumer.deadLetterQueueOf(queue));
        return 1;
      }
      if (args[0].equals("show")) {
        System.out.printf(Locale.ROOT, "%s: %d dead letter(s)%n", queue, depth);
        for (DeadLetterQueue.Letter letter : dead.peek(limit)) {
          System.out.printf(
              Locale.ROOT,
              "%s\t%s\t%d\t%s%n",
              letter.messageId(),
              letter.reason(),
              letter.deaths(),
              letter.bodyPreview());
        }
      } else {
        int moved = dead.replay(limit);
        System.out.printf(
            Locale.ROOT, "%s: moved %d of %d dead letter(s) back%n", queue, moved, depth);
      }
      return 0;
    } catch (IOException | TimeoutException e) {
      System.err.println("dead-letters: " + e);
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
  }
}
