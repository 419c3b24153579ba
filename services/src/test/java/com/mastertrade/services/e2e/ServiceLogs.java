package com.mastertrade.services.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The services' log files read from a mark on: what they logged during one phase of a test. */
final class ServiceLogs {
  private final Map<String, Path> files = new LinkedHashMap<>();
  private final Map<String, Long> marks = new LinkedHashMap<>();

  ServiceLogs(Stack stack, List<String> services) throws IOException {
    for (String service : services) {
      files.put(service, stack.log(service));
    }
    mark();
  }

  /** Remembers where every log ends now. */
  void mark() throws IOException {
    for (Map.Entry<String, Path> file : files.entrySet()) {
      marks.put(file.getKey(), Files.exists(file.getValue()) ? Files.size(file.getValue()) : 0);
    }
  }

  /** Lines containing {@code text} logged by all services since the mark. */
  long count(String text) throws IOException {
    long count = 0;
    for (String line : linesSinceMark()) {
      if (line.contains(text)) {
        count++;
      }
    }
    return count;
  }

  /** The sum of the first group of {@code pattern} over the lines logged since the mark. */
  long sum(Pattern pattern) throws IOException {
    long sum = 0;
    for (String line : linesSinceMark()) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        sum += Long.parseLong(matcher.group(1));
      }
    }
    return sum;
  }

  private List<String> linesSinceMark() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      if (!Files.exists(file.getValue())) {
        continue;
      }
      try (RandomAccessFile in = new RandomAccessFile(file.getValue().toFile(), "r")) {
        long from = Math.min(marks.getOrDefault(file.getKey(), 0L), in.length());
        byte[] bytes = new byte[(int) (in.length() - from)];
        in.seek(from);
        in.readFully(bytes);
        text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString().lines().toList();
  }
}
