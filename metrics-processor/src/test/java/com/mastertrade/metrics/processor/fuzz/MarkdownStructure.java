package com.mastertrade.metrics.processor.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The generated docs as CommonMark with GFM tables reads them. A table is broken when one of its
 * rows has more or fewer cells than its header, or when a line written as a row is not part of a
 * table; text is injected when the document's block structure (headings, tables, lists, code
 * blocks) differs from the unmutated schema's, since a mutation of values changes no count.
 */
final class MarkdownStructure {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  /** The block structure of every page, in file-name order. */
  record Signature(List<String> pages) {}

  private MarkdownStructure() {}

  static Signature signature(Path docs) throws IOException {
    List<String> pages = new ArrayList<>();
    for (String page : ArtifactChecks.names(docs, ".md")) {
      pages.add(blocks(PARSER.parse(Files.readString(docs.resolve(page)))));
    }
    // By structure, not file name: a renamed category renames its page.
    return new Signature(pages.stream().sorted().toList());
  }

  /** Broken tables in every page, and a structure other than {@code expected} if given. */
  static List<String> check(Path docs, Signature expected) throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : ArtifactChecks.names(docs, ".md")) {
      String text = Files.readString(docs.resolve(page));
      problems.addAll(tables(page, text, PARSER.parse(text)));
    }
    if (expected != null) {
      Signature actual = signature(docs);
      if (!actual.equals(expected)) {
        problems.add(
            "docs structure changed: expected " + expected.pages() + " but was " + actual.pages());
      }
    }
    return problems;
  }

  /** The sections a runbook page has under the alert's own title, each at most once. */
  private static final Set<String> RUNBOOK_SECTIONS =
      Set.of(
          "What it means",
          "What fired",
          "Likely causes",
          "Mitigation",
          "First checks",
          "Dashboards",
          "Traces");

  /**
   * The runbook pages: no broken table, one title, and only the sections the generator writes, each
   * once. Their structure is not compared with the unmutated schema's, since a mutation may add a
   * check or a mitigation; a text that opened a heading of its own is found all the same.
   */
  static List<String> checkRunbooks(Path runbooks) throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(runbooks)) {
      return problems;
    }
    for (String page : ArtifactChecks.names(runbooks, ".md")) {
      String name = "runbooks/" + page;
      String text = Files.readString(runbooks.resolve(page));
      Node document = PARSER.parse(text);
      problems.addAll(tables(name, text, document));
      if (page.equals("README.md")) {
        continue; // the index: a title and a table
      }
      int titles = 0;
      Set<String> sections = new HashSet<>();
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        if (!(block instanceof Heading heading)) {
          continue;
        }
        String title = text(heading);
        if (heading.getLevel() == 1) {
          titles++;
        } else if (heading.getLevel() != 2
            || !RUNBOOK_SECTIONS.contains(title)
            || !sections.add(title)) {
          problems.add(
              name + ": a heading the generator does not write: level " + heading.getLevel()
                  + " '" + title + "'");
        }
      }
      if (titles != 1) {
        problems.add(name + ": " + titles + " titles, not one");
      }
    }
    return problems;
  }

  /** The text of a node's inline content. */
  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (child instanceof Code code) {
        text.append(code.getLiteral());
      } else {
        text.append(text(child));
      }
    }
    return text.toString();
  }

  private static List<String> tables(String page, String text, Node document) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    Set<Integer> tableLines = new HashSet<>();
    Set<Integer> codeLines = new HashSet<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      Set<Integer> into =
          block instanceof TableBlock
              ? tableLines
              : block instanceof FencedCodeBlock ? codeLines : null;
      if (into != null) {
        for (SourceSpan span : block.getSourceSpans()) {
          into.add(span.getLineIndex());
        }
      }
      if (block instanceof TableBlock table) {
        int columns = -1;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
          for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            if (!(row instanceof TableRow)) {
              continue;
            }
            if (section instanceof TableHead) {
              columns = cells(row);
            }
            for (SourceSpan span : row.getSourceSpans()) {
              int written = rawCells(lines[span.getLineIndex()]);
              if (columns >= 0 && written != columns) {
                problems.add(
                    page
                        + ":"
                        + (span.getLineIndex() + 1)
                        + ": row of "
                        + written
                        + " cells in a table of "
                        + columns
                        + ": "
                        + lines[span.getLineIndex()]);
              }
            }
          }
        }
      }
    }
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("|") && !tableLines.contains(i) && !codeLines.contains(i)) {
        problems.add(page + ":" + (i + 1) + ": a table row outside any table: " + lines[i]);
      }
    }
    return problems;
  }

  private static int cells(Node row) {
    int count = 0;
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell) {
        count++;
      }
    }
    return count;
  }

  /** GFM's rule: cells are split at every pipe not escaped by a backslash, code spans included. */
  private static int rawCells(String line) {
    String row = line.strip();
    int count = 1;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|' && i > 0 && i < row.length() - 1) {
        count++;
      }
    }
    return count;
  }

  private static String blocks(Node document) {
    StringBuilder signature = new StringBuilder();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Paragraph) {
        continue;
      }
      if (block instanceof Heading heading) {
        signature.append("H").append(heading.getLevel());
      } else if (block instanceof TableBlock table) {
        signature.append("T").append(rows(table));
      } else if (block instanceof FencedCodeBlock) {
        signature.append("F");
      } else if (block instanceof IndentedCodeBlock) {
        signature.append("I");
      } else if (block instanceof BulletList || block instanceof OrderedList) {
        signature.append("L").append(children(block));
      } else if (block instanceof BlockQuote) {
        signature.append("Q");
      } else if (block instanceof ThematicBreak) {
        signature.append("-");
      } else if (block instanceof HtmlBlock) {
        signature.append("<");
      } else {
        signature.append(block.getClass().getSimpleName());
      }
      signature.append(' ');
    }
    return signature.toString().strip();
  }

  private static int rows(TableBlock table) {
    int rows = 0;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      rows += children(section);
    }
    return rows;
  }

  private static int children(Node node) {
    int count = 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      count++;
    }
    return count;
  }
}
