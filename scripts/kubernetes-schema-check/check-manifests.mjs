// Validates every object of the given multi-document YAML files against the published schema of
// its kind: Kubernetes' own (npm kubernetes-models) and the Prometheus Operator's CRDs (npm
// @kubernetes-models/prometheus-operator). Each model's validate() runs the JSON Schema the
// package ships for that apiVersion and kind, so a wrong field type, an unknown enum value or a
// duration Prometheus cannot read fails here, not at `kubectl apply`.
//
// It also extracts what other tools must check: the rule groups of each PrometheusRule (one rule
// file per object), the dashboards and the data sources of each ConfigMap labelled for Grafana's
// sidecar, into the folder given as the first argument.
//
// usage: node check-manifests.mjs <extract-dir> <manifest.yaml>...
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseAllDocuments, stringify } from "yaml";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { Prometheus } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/Prometheus";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { AlertmanagerConfig } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1alpha1/AlertmanagerConfig";

const MODELS = {
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "monitoring.coreos.com/v1/Prometheus": Prometheus,
  "monitoring.coreos.com/v1/PrometheusRule": PrometheusRule,
  "monitoring.coreos.com/v1/ServiceMonitor": ServiceMonitor,
  "monitoring.coreos.com/v1/PodMonitor": PodMonitor,
  "monitoring.coreos.com/v1alpha1/AlertmanagerConfig": AlertmanagerConfig,
};
// Kubernetes object names: DNS-1123 subdomains (at most 253 characters), which the OpenAPI
// schemas leave to the API server.
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const [extractDir, ...files] = process.argv.slice(2);
mkdirSync(`${extractDir}/rules`, { recursive: true });
mkdirSync(`${extractDir}/dashboards`, { recursive: true });
mkdirSync(`${extractDir}/datasources`, { recursive: true });
const errors = [];
const seen = new Set();
let objects = 0;
for (const file of files) {
  parseAllDocuments(readFileSync(file, "utf8")).forEach((doc, index) => {
    const where = `${file} (document ${index + 1})`;
    if (doc.errors.length > 0) {
      errors.push(`${where}: not YAML: ${doc.errors[0].message}`);
      return;
    }
    const object = doc.toJS();
    if (object === null) return;
    objects++;
    const type = `${object.apiVersion}/${object.kind}`;
    const Model = MODELS[type];
    if (!Model) {
      errors.push(`${where}: no published schema known for ${type}`);
      return;
    }
    const name = object.metadata?.name ?? "";
    if (!NAME.test(name) || name.length > 253) {
      errors.push(`${where}: ${type} name '${name}' is not a DNS-1123 subdomain`);
    }
    const key = `${type}/${object.metadata?.namespace ?? ""}/${name}`;
    if (seen.has(key)) errors.push(`${where}: ${type} ${name} is declared twice`);
    seen.add(key);
    try {
      new Model(object).validate();
    } catch (e) {
      errors.push(`${where}: ${type} ${name}: ${e.message}`);
      return;
    }
    if (object.kind === "PrometheusRule") {
      writeFileSync(`${extractDir}/rules/${name}.rules.yml`, stringify({ groups: object.spec.groups }));
    }
    if (object.kind === "ConfigMap" && object.metadata.labels?.grafana_dashboard !== undefined) {
      for (const [entry, content] of Object.entries(object.data ?? {})) {
        writeFileSync(`${extractDir}/dashboards/${basename(entry)}`, content);
      }
    }
    if (object.kind === "ConfigMap" && object.metadata.labels?.grafana_datasource !== undefined) {
      for (const [entry, content] of Object.entries(object.data ?? {})) {
        writeFileSync(`${extractDir}/datasources/${name}-${basename(entry)}`, content);
      }
    }
  });
}
if (errors.length > 0) {
  console.error(errors.join("\n"));
  process.exit(1);
}
console.log(`Kubernetes and Prometheus Operator schemas accept ${objects} objects.`);
