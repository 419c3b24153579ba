/**
 * The resolved stage between reading the declarations and writing artifacts: {@link
 * com.mastertrade.metrics.processor.promql.ExpressionResolver} parses every PromQL template of a
 * schema's panels, rules, alerts, test series and example queries once and resolves it against the
 * schema into a {@link com.mastertrade.metrics.processor.promql.ResolvedExpression} (its tree, the
 * metrics and recorded series it uses, its grouping clauses with the labels they apply to, its
 * result labels, the PromQL it renders to). Validators check the {@link
 * com.mastertrade.metrics.processor.promql.Resolutions}; writers render from the {@link
 * com.mastertrade.metrics.processor.promql.ResolvedDeclarations} a clean validation yields, so no
 * writer meets an unresolved reference.
 */
package com.mastertrade.metrics.processor.promql;
