package com.mastertrade.metrics.processor.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of Go's text/template as Prometheus parses alert annotations: every {@code {{} closed
 * by {@code }}} outside quoted strings, comments closed, {@code if}/{@code range}/{@code with}/
 * {@code define}/{@code block} closed by {@code end}, and every function one Prometheus defines.
 * Text outside actions, a stray {@code }}} included, is literal.
 */
final class GoTemplateSyntax {
  private static final Set<String> OPENERS = Set.of("if", "range", "with", "define", "block");
  private static final Set<String> KEYWORDS =
      Set.of("else", "end", "template", "break", "continue", "nil", "true", "false");
  private static final Set<String> FUNCTIONS =
      Set.of(
          // Go's built-in functions.
          "and",
          "call",
          "html",
          "index",
          "slice",
          "js",
          "len",
          "not",
          "or",
          "print",
          "printf",
          "println",
          "urlquery",
          "eq",
          "ge",
          "gt",
          "le",
          "lt",
          "ne",
          // Prometheus' template functions.
          "humanize",
          "humanize1024",
          "humanizeDuration",
          "humanizePercentage",
          "humanizeTimestamp",
          "toTime",
          "query",
          "first",
          "label",
          "value",
          "strvalue",
          "args",
          "reReplaceAll",
          "safeHtml",
          "match",
          "title",
          "toUpper",
          "toLower",
          "graphLink",
          "tableLink",
          "sortByLabel",
          "stripPort",
          "stripDomain",
          "externalURL",
          "pathPrefix",
          "parseDuration",
          "since");
  private static final Pattern WORD = Pattern.compile("(?<![\\w$.])[A-Za-z_][A-Za-z0-9_]*");

  private GoTemplateSyntax() {}

  /** What is wrong with {@code text} as a template, if anything. */
  static Optional<String> problem(String text) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (true) {
      int start = text.indexOf("{{", i);
      if (start < 0) {
        break;
      }
      int j = start + 2;
      if (text.startsWith("- ", j)) {
        j++;
      }
      while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (text.startsWith("/*", j)) {
        int end = text.indexOf("*/", j + 2);
        if (end < 0) {
          return Optional.of("the comment at column " + (start + 1) + " is not closed by */");
        }
        int close = text.indexOf("}}", end + 2);
        if (close < 0 || !text.substring(end + 2, close).replace("-", "").isBlank()) {
          return Optional.of("the comment at column " + (start + 1) + " is not followed by }}");
        }
        i = close + 2;
        continue;
      }
      StringBuilder code = new StringBuilder();
      int k = j;
      boolean closed = false;
      while (k < text.length()) {
        char c = text.charAt(k);
        if (c == '"' || c == '\'' || c == '`') {
          int end = endOfQuoted(text, k);
          if (end < 0) {
            return Optional.of("a quoted string at column " + (k + 1) + " is not closed");
          }
          code.append(' ');
          k = end + 1;
        } else if (text.startsWith("}}", k)) {
          closed = true;
          break;
        } else {
          code.append(c);
          k++;
        }
      }
      if (!closed) {
        return Optional.of("the {{ at column " + (start + 1) + " is not closed by }}");
      }
      String action = code.toString().strip();
      if (action.endsWith(" -") || action.equals("-")) {
        action = action.substring(0, action.length() - 1).strip();
      }
      if (action.isEmpty()) {
        return Optional.of("the action at column " + (start + 1) + " is empty");
      }
      Matcher words = WORD.matcher(action);
      boolean first = true;
      while (words.find()) {
        String word = words.group();
        if (first && OPENERS.contains(word)) {
          open.push(word);
        } else if (first && word.equals("else")) {
          if (open.isEmpty()) {
            return Optional.of("{{ else }} at column " + (start + 1) + " has no {{ if }}");
          }
        } else if (first && word.equals("end")) {
          if (open.isEmpty()) {
            return Optional.of("{{ end }} at column " + (start + 1) + " closes nothing");
          }
          open.pop();
        } else if (!FUNCTIONS.contains(word) && !KEYWORDS.contains(word)) {
          return Optional.of(
              "function \"" + word + "\" is not defined (column " + (start + 1) + ")");
        }
        first = false;
      }
      i = k + 2;
    }
    return open.isEmpty()
        ? Optional.empty()
        : Optional.of("{{ " + open.peek() + " }} is not closed by {{ end }}");
  }

  /** The index of the quote closing the one at {@code start}, or -1. */
  private static int endOfQuoted(String text, int start) {
    char quote = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        return i;
      } else if (c == '\n' && quote != '`') {
        return -1;
      }
    }
    return -1;
  }
}
