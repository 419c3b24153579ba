package com.mastertrade.services.alerts;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Serves the runbook pages the schema generates (in its jar), which every alert links to as its
 * {@code runbook_url}: {@code GET /runbooks/ServiceDown.md}.
 */
final class RunbookPages {
  private static final String FOLDER = "metrics/mastertrade/generated-docs/runbooks/";
  private static final Pattern PAGE = Pattern.compile("[A-Za-z0-9_]{1,64}\\.md");

  private RunbookPages() {}

  static void serve(Context ctx) {
    String page = ctx.pathParam("page");
    // Only a page name: never a path the client could walk out of the folder with.
    if (!PAGE.matcher(page).matches()) {
      throw new NotFoundResponse("no runbook " + page);
    }
    try (InputStream in = RunbookPages.class.getClassLoader().getResourceAsStream(FOLDER + page)) {
      if (in == null) {
        throw new NotFoundResponse("no runbook " + page);
      }
      ctx.contentType("text/markdown; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
