// A Spring Boot application as Initializr writes it, with the toolkit's starter added: started on
// Spring MVC and scraped at /actuator/prometheus by PaymentsApplicationTest, its exposition checked
// by the plugin's live check (in the build) and by promtool (here). The Boot 4.0 sample runs this
// script too, on its own build.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('live-check')

// Spring's configuration processor still ran beside the toolkit's.
def metadata = new File(basedir, 'target/classes/META-INF/spring-configuration-metadata.json')
assert metadata.isFile() && metadata.text.contains('"payments.max-id-length"')

// The generated scrape config and ServiceMonitor scrape the actuator's endpoint.
def generated = new File(basedir, 'target/classes/metrics/payments')
assert new File(generated, 'alerts/prometheus.yml').text.contains('metrics_path: /actuator/prometheus')
assert new File(generated, 'deploy/kubernetes/service-monitors.yaml').text.contains('path: /actuator/prometheus')

// The schema's families through Prometheus' own checker, lint included.
def exposition = new File(basedir, 'target/exposition.txt').text
def schemaFamilies = exposition.readLines().findAll { it.startsWith('payments_') || it ==~ /# (HELP|TYPE) payments_.*/ }
def schemaOnly = new File(basedir, 'target/exposition-schema.txt')
schemaOnly.text = schemaFamilies.join('\n') + '\n'
def promtool = new ProcessBuilder('promtool', 'check', 'metrics')
    .redirectErrorStream(true).redirectInput(schemaOnly).start()
def output = promtool.inputStream.text
assert promtool.waitFor() == 0 && output.trim().isEmpty() : "promtool check metrics:\n$output"
println new File(basedir, 'target/versions.txt').text
println new File(basedir, 'target/family-counts.txt').text
return true
