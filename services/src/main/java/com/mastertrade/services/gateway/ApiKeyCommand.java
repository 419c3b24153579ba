package com.mastertrade.services.gateway;

import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import java.util.List;

/**
 * Manages the gateway's API keys in its PostgreSQL database (the gateway's own settings: {@code
 * POSTGRES_*}). Run by {@code scripts/api-key.sh}:
 *
 * <pre>
 * api-key.sh create NAME [read|trade|read,trade]   prints the new key, once; default read,trade
 * api-key.sh revoke NAME
 * api-key.sh list
 * </pre>
 *
 * The key is printed on standard output alone, so a script can capture it; it is stored only as its
 * SHA-256 and cannot be shown again.
 */
public final class ApiKeyCommand {
  private static final String USAGE =
      "usage: api-key.sh create NAME [read|trade|read,trade] | revoke NAME | list";

  private ApiKeyCommand() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || (!args[0].equals("list") && args.length < 2)) {
      System.err.println(USAGE);
      System.exit(64);
    }
    int exitCode;
    try (ServiceHost host =
        ServiceHost.startInProcess(ServiceName.API_GATEWAY, Settings.fromEnvironment(), h -> {})) {
      ApiKeys keys = new ApiKeys(Database.open(host, 1));
      exitCode = run(keys, args);
    }
    System.exit(exitCode);
  }

  static int run(ApiKeys keys, String[] args) {
    switch (args[0]) {
      case "create" -> {
        String name = args[1];
        if (name.isBlank() || name.length() > 100) {
          System.err.println("api-key: a name is 1 to 100 characters");
          return 64;
        }
        try {
          System.out.println(
              keys.create(name, ApiScope.parse(args.length > 2 ? args[2] : "read,trade")));
          return 0;
        } catch (IllegalArgumentException e) {
          System.err.println("api-key: " + e.getMessage());
          return 64;
        } catch (Database.DatabaseException e) {
          System.err.println(
              "api-key: could not create '"
                  + name
                  + "' (an active key of that name exists?): "
                  + e.getMessage());
          return 1;
        }
      }
      case "revoke" -> {
        if (!keys.revoke(args[1])) {
          System.err.println("api-key: no active key named '" + args[1] + "'");
          return 1;
        }
        return 0;
      }
      case "list" -> {
        List<String> active = keys.listActive();
        active.forEach(System.out::println);
        return 0;
      }
      default -> {
        System.err.println(USAGE);
        return 64;
      }
    }
  }
}
