/**
 * PromQL as Prometheus 2.42 (the version of the build's promtool) reads it: {@link
 * com.mastertrade.metrics.processor.promql.syntax.Parser} turns an expression into an immutable
 * tree of {@link com.mastertrade.metrics.processor.promql.syntax.Expr} records, type-checked, or
 * fails with a {@link com.mastertrade.metrics.processor.promql.syntax.PromqlSyntaxException} at a
 * column of the expression as written and with Prometheus' own wording.
 *
 * <p>Covered: selectors and the four matchers (label names may be keywords, regexes checked as RE2
 * reads them), range vectors, subqueries with and without a step, {@code offset} (negative too) and
 * {@code @} (timestamps, {@code start()}, {@code end()}), compound durations down to {@code ms},
 * numbers (hex, octal, exponents, {@code Inf}, {@code NaN}), the three string quotes and Go's
 * escapes, comments, unary signs, the twelve aggregations with {@code by}/{@code without} before or
 * after and their parameters, every binary operator with its precedence and associativity, {@code
 * bool}, {@code on}/{@code ignoring}/{@code group_left}/{@code group_right}, the set operators'
 * rules, and all 70 functions with their optional and repeated arguments and argument types.
 * Prometheus 3 additions (quoted metric names, {@code limitk}, {@code sort_by_label}...) are
 * rejected, as promtool 2.42 rejects them.
 *
 * <p>The processor's own template forms are read in place, with columns in the written template:
 * {@code {Category.method}} (and {@code :bucket}, {@code :count}, {@code :sum}) where a metric name
 * stands, and in dashboards Grafana's variables where a duration stands.
 *
 * <p>Hand-written rather than generated with ANTLR 4: the grammar is small and settled, the lexer
 * is stateful in ways a generated lexer needs modes and predicates for (keywords are label names
 * inside braces, a duration must follow {@code [}, a colon means a subquery only inside brackets),
 * the template forms need their own tokens, errors must carry Prometheus' wording and exact
 * columns, and the processor stays free of a shaded parser runtime and of generated sources. No
 * maintained Java library parses PromQL. {@code PromtoolCrossCheckTest} holds it to promtool.
 */
package com.mastertrade.metrics.processor.promql.syntax;
