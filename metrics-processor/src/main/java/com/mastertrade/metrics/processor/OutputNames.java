package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.codegen.JavaNames;
import com.mastertrade.metrics.processor.dashboards.GrafanaDashboardWriter;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.docs.MarkdownDocsWriter;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.WatchdogAlert;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.lang.model.element.Element;

/**
 * The names of the files a schema is about to write, checked before anything is written: no two the
 * same ignoring case (macOS and Windows file systems would make them one file), no name longer than
 * a file system allows, no dashboard larger than its Kubernetes ConfigMap can hold. Each file is traced to the declaration its name comes from, so the error
 * lands there.
 */
final class OutputNames {
  /** The longest file name ext4, APFS and NTFS allow, in bytes. */
  static final int MAX_FILE_NAME_BYTES = 255;

  /**
   * The largest dashboard JSON a ConfigMap holds: Kubernetes stores at most 1 MiB per object,
   * less what its name, labels and annotations take.
   */
  static final int MAX_DASHBOARD_BYTES = 1024 * 1024 - 8 * 1024;

  /** Who a file's name comes from, and how to report on it. */
  private record Owner(String what, BiFunction<Message, Object[], Diagnostic> report) {}

  private final Owner schemaOwner;
  private final Map<String, Owner> owners = new HashMap<>();
  private final String root;

  OutputNames(SchemaModel schema, DeclarationsModel declarations) {
    this.root = ArtifactPaths.root(schema) + "/";
    Element schemaElement = schema.origin().element();
    this.schemaOwner =
        new Owner(
            "schema " + schema.simpleName(),
            (message, args) ->
                Diagnostic.on(
                    schemaElement, AnnotationNames.METRICS_SCHEMA, "namespace", message, args));
    for (CategoryModel category : schema.categories()) {
      Element element = category.origin().element();
      Owner owner =
          new Owner(
              "category " + category.simpleName(),
              (message, args) -> Diagnostic.on(element, message, args));
      owners.put(root + MarkdownDocsWriter.pageOf(category), owner);
      owners.put(javaPath(JavaNames.recorderClass(schema, category)), owner);
    }
    for (DashboardModel dashboard : declarations.dashboards()) {
      owners.put(
          root + GrafanaDashboardWriter.fileOf(dashboard),
          owner("dashboard '" + dashboard.uid() + "'", dashboard.origin(), "uid"));
    }
    for (AlertGroupModel group : declarations.alertGroups()) {
      Owner owner = owner("alert group '" + group.name() + "'", group.origin(), "name");
      owners.put(root + ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleFile(group.name()), owner);
      owners.put(
          root + ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleTestFile(group.name()), owner);
      for (AlertGroupModel.AlertModel alert : group.alerts()) {
        owners.put(
            runbookPage(alert.name()),
            owner("alert " + alert.name(), alert.origin(), "name"));
      }
    }
    declarations
        .alerting()
        .filter(AlertingModel::hasWatchdog)
        .ifPresent(
            alerting -> {
              Owner owner = owner("the Watchdog", alerting.origin(), "watchdogReceiver");
              owners.put(root + ArtifactPaths.ALERTS + "/" + WatchdogAlert.ruleFile(), owner);
              owners.put(root + ArtifactPaths.ALERTS + "/" + WatchdogAlert.testFile(), owner);
              owners.putIfAbsent(runbookPage(WatchdogAlert.NAME), owner);
            });
    for (SloModel slo : declarations.slos()) {
      Owner owner = owner("SLO " + slo.name(), slo.origin(), "name");
      owners.putIfAbsent(runbookPage(slo.pageAlert()), owner);
      owners.putIfAbsent(runbookPage(slo.ticketAlert()), owner);
    }
  }

  /** The runbook page of an alert, whose name comes from the alert or its SLO. */
  private String runbookPage(String alert) {
    return root + AlertLinks.FOLDER + "/" + AlertLinks.fileName(alert);
  }

  /** Errors on the sources and artifacts about to be written: at most one per declaration. */
  List<Diagnostic> check(List<JavaFile> sources, List<GeneratedResource> artifacts) {
    List<String> paths = new ArrayList<>();
    sources.forEach(source -> paths.add(javaPath(source)));
    artifacts.forEach(artifact -> paths.add(root + artifact.path()));
    List<Diagnostic> errors = new ArrayList<>();
    Set<Owner> reported = new HashSet<>();
    Map<String, String> seen = new HashMap<>();
    for (GeneratedResource artifact : artifacts) {
      int bytes = artifact.content().getBytes(StandardCharsets.UTF_8).length;
      if (artifact.path().startsWith(ArtifactPaths.DASHBOARDS + "/")
          && bytes > MAX_DASHBOARD_BYTES) {
        Owner owner = owners.getOrDefault(root + artifact.path(), schemaOwner);
        if (reported.add(owner)) {
          errors.add(
              owner
                  .report()
                  .apply(
                      Message.DASHBOARD_TOO_LARGE,
                      new Object[] {owner.what(), bytes, MAX_DASHBOARD_BYTES}));
        }
      }
    }
    for (String path : paths) {
      Owner owner = owners.getOrDefault(path, schemaOwner);
      String[] segments = path.split("/");
      for (int i = 0; i < segments.length; i++) {
        int bytes = segments[i].getBytes(StandardCharsets.UTF_8).length;
        // The namespace is the folder of every artifact: a file elsewhere is its owner's.
        Owner named = path.startsWith(root) && i == 1 ? schemaOwner : owner;
        if (bytes > MAX_FILE_NAME_BYTES && reported.add(named)) {
          errors.add(
              named
                  .report()
                  .apply(
                      Message.FILE_NAME_TOO_LONG,
                      new Object[] {named.what(), bytes, MAX_FILE_NAME_BYTES}));
        }
      }
      String key = path.toLowerCase(Locale.ROOT);
      String first = seen.putIfAbsent(key, path);
      if (first != null && reported.add(owner)) {
        // The same path twice: a declaration's file meets a file every schema writes.
        String other =
            first.equals(path)
                ? "another file of the schema"
                : owners.getOrDefault(first, schemaOwner).what();
        errors.add(
            owner
                .report()
                .apply(Message.FILE_NAME_COLLISION, new Object[] {owner.what(), path, other}));
      }
    }
    return errors;
  }

  /** A generated type's source file; its class file differs only in the extension. */
  private static String javaPath(JavaFile file) {
    return javaPath(ClassName.get(file.packageName(), file.typeSpec().name()));
  }

  private static String javaPath(ClassName type) {
    String pkg = type.packageName().replace('.', '/');
    return (pkg.isEmpty() ? "" : pkg + "/") + type.simpleName() + ".java";
  }

  private static Owner owner(String what, Origin origin, String attribute) {
    return new Owner(what, (message, args) -> Diagnostic.at(origin, attribute, message, args));
  }
}
