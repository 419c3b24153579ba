/**
 * The MasterTrade metrics schema, a file per job: {@link
 * com.mastertrade.metrics.schema.MasterTradeMetrics} (the categories and their metrics), {@link
 * com.mastertrade.metrics.schema.MasterTradeLabels} (their closed label sets), and next to them the
 * declarations that name the schema: {@code dashboards} (one file per Grafana dashboard), {@code
 * alerts} (the rule group and its tests), {@code queries} (the example queries of the docs) and
 * {@code scrape} (the scrape config with the deployment facts: hosts, ports, the labels of the
 * scraped series). {@code tracking} holds the typed helpers the services record through.
 *
 * <p>Where the metric names depart from those of the original Python metrics module, and why:
 *
 * <ul>
 *   <li>Every name carries the {@code mastertrade_} namespace, so the metrics cannot collide with
 *       those of libraries and exporters scraped by the same Prometheus.
 *   <li>No metric has a {@code service_name} label: each service is its own process and scrape
 *       target, so Prometheus' {@code job} label says which service a series comes from. The Python
 *       module's {@code by (service_name)} queries become {@code by (job)}.
 *   <li>{@code data_collector_last_success_timestamp} becomes {@code
 *       data_collector_last_success_timestamp_seconds}: a timestamp gauge states its unit.
 *   <li>{@code active_positions_count} becomes {@code active_positions}: {@code _count} is the
 *       suffix of histogram and summary counts, and a gauge ending in it confuses PromQL tools.
 *   <li>The Python module's {@code user_id} and {@code goal_id} labels are unbounded; here an
 *       account and a goal are open labels with a declared bound, and the goal's type is a closed
 *       set.
 *   <li>The model version is no longer a label of accuracy and drift (each retraining would start
 *       new series); it is published once in {@code model_info}.
 *   <li>HTTP status is the status class ({@code 2xx}..{@code 5xx}), as Prometheus HTTP
 *       instrumentations group it, and latency is not split by status.
 * </ul>
 */
package com.mastertrade.metrics.schema;
