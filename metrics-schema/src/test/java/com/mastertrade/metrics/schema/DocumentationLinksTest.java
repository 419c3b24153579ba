package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.Code;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the repository's Markdown (the README, {@code docs/}, the generated docs
 * and runbooks, the notes) names a file or folder that exists and, with a {@code #fragment} into a
 * Markdown file, a heading of that file, so moving a page cannot leave a reader at a dead end.
 * Sources and test fixtures ({@code src/}) and build output are not documentation.
 */
class DocumentationLinksTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Parser PARSER = Parser.builder().build();

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : markdownPages()) {
      for (String target : linkTargets(page)) {
        if (isExternal(target)) {
          continue;
        }
        links++;
        String problem = problemOf(page, target);
        if (problem != null) {
          broken.add(ROOT.relativize(page) + ": " + target + " (" + problem + ")");
        }
      }
    }
    assertWithMessage("relative links checked").that(links).isGreaterThan(10);
    assertWithMessage("broken links").that(broken).isEmpty();
  }

  private static List<Path> markdownPages() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(file -> file.toString().endsWith(".md"))
          .filter(file -> !isBuildOutput(ROOT.relativize(file)))
          .sorted()
          .toList();
    }
  }

  private static boolean isBuildOutput(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals("node_modules") || name.equals("src")
          || name.startsWith(".")
          || (relative.getNameCount() > 1 && relative.getName(0).toString().equals("tools"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExternal(String target) {
    return target.isEmpty() || target.contains("://") || target.startsWith("mailto:");
  }

  private static String problemOf(Path page, String target) {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? null : target.substring(hash + 1);
    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!resolved.startsWith(ROOT)) {
      return "outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (fragment != null && resolved.toString().endsWith(".md")
        && !headingAnchors(resolved).contains(fragment)) {
      return "no such heading";
    }
    return null;
  }

  private static List<String> linkTargets(Path page) {
    List<String> targets = new ArrayList<>();
    parse(page).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        targets.add(link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        targets.add(image.getDestination());
      }
    });
    return targets;
  }

  /** The anchors GitHub gives headings: lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> headingAnchors(Path page) {
    Set<String> anchors = new HashSet<>();
    parse(page).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        StringBuilder text = new StringBuilder();
        collectText(heading, text);
        String slug = text.toString().toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "")
            .replace(' ', '-');
        String anchor = slug;
        for (int n = 1; !anchors.add(anchor); n++) {
          anchor = slug + "-" + n;
        }
      }
    });
    return anchors;
  }

  private static void collectText(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (child instanceof Code code) {
        text.append(code.getLiteral());
      } else {
        collectText(child, text);
      }
    }
  }

  private static Node parse(Path page) {
    try {
      return PARSER.parse(Files.readString(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
