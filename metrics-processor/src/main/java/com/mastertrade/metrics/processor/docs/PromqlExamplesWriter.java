package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.List;

/**
 * Writes every example query, named and per metric, to one file for tools: a {@code #} comment
 * naming it, then the expression on one line.
 */
public final class PromqlExamplesWriter implements ArtifactWriter {
  @Override
  public List<GeneratedResource> write(ResolvedSchema resolvedSchema) {
    SchemaModel schema = resolvedSchema.model();
    DeclarationsModel declarations = resolvedSchema.declarations();
    ResolvedDeclarations resolved = resolvedSchema.expressions();
    StringBuilder file = new StringBuilder();
    for (QueryModel query : declarations.queries()) {
      file.append("# ").append(query.name()).append("\n");
      file.append(MarkdownText.oneLine(resolved.promql(query.expr()))).append("\n\n");
    }
    for (CategoryModel category : schema.categories()) {
      for (MetricModel metric : category.metrics()) {
        for (TypeExamples.Example example : TypeExamples.of(metric)) {
          file.append("# ").append(metric.exposedName()).append(": ").append(example.title());
          file.append("\n").append(example.promql()).append("\n\n");
        }
      }
    }
    return List.of(new GeneratedResource(ArtifactPaths.DOCS + "/queries.promql", file.toString()));
  }
}
