// The sample consumer built as an outside project: its schema compiled, its recorders recorded
// (CheckoutTest), its artifacts synced into the folders it chose and checked by the plugin.
def log = new File(basedir, 'build.log').text
def monitoring = new File(basedir, 'monitoring')

['docs/README.md', 'docs/checkout.md', 'docs/http.md', 'docs/queries.md', 'docs/queries.promql',
 'grafana/shop-checkout.json',
 'prometheus/shop.rules.yml', 'prometheus/shop.test.yml', 'prometheus/prometheus.yml'].each {
  assert new File(monitoring, it).isFile() : "not synced: monitoring/$it"
}
// Nothing of the kinds it turned off, nothing outside the folders it chose.
assert !new File(basedir, 'deploy').exists()
assert !new File(basedir, 'dashboards').exists()
assert !new File(basedir, 'target/classes/metrics/shop/deploy').exists()

assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('metrics schema shop: docs (6 files) in the class output under metrics/shop')
assert log.contains('promtool check rules --lint=all --lint-fatal shop.rules.yml (monitoring/prometheus/shop.rules.yml)')
assert log.contains('promtool test rules shop.test.yml (monitoring/prometheus/shop.test.yml)')
assert log.contains('promtool check config --lint=all --lint-fatal prometheus.yml (monitoring/prometheus/prometheus.yml)')
assert log.contains('PromQL expressions of the docs and dashboards')

// The exposition the recorders produced, through Prometheus' own checker.
def exposition = new File(basedir, 'target/exposition.txt')
def promtool = new ProcessBuilder('promtool', 'check', 'metrics')
    .redirectErrorStream(true).redirectInput(exposition).start()
def output = promtool.inputStream.text
assert promtool.waitFor() == 0 : "promtool check metrics failed:\n$output"
return true
