package com.mastertrade.metrics.evolution.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --option value}, {@code --flag} and positional arguments, checked against the known ones.
 */
final class Arguments {
  final Map<String, String> options = new LinkedHashMap<>();
  final List<String> positional = new ArrayList<>();

  static Arguments parse(String[] args, Set<String> valued, Set<String> flags) {
    Arguments parsed = new Arguments();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (valued.contains(arg)) {
        if (i + 1 >= args.length) {
          throw new UsageException(arg + " needs a value");
        }
        parsed.options.put(arg, args[++i]);
      } else if (flags.contains(arg)) {
        parsed.options.put(arg, "true");
      } else if (arg.startsWith("--")) {
        throw new UsageException("unknown option " + arg);
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  String required(String option) {
    String value = options.get(option);
    if (value == null) {
      throw new UsageException(option + " is required");
    }
    return value;
  }

  boolean flag(String option) {
    return options.containsKey(option);
  }

  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
