// A schema mistake fails the consumer's build with the processor's message on the exact line and
// column of the wrong annotation value, and the processor generates nothing for it.
def log = new File(basedir, 'build.log').text
def expected = "PaymentMetrics.java:[12,62] [BaseUnit] unit 'milliseconds' is not a base unit: " +
    "record seconds instead (unit = \"seconds\") and convert at the call site"
assert log.contains(expected) : "no located error in build.log:\n$log"
assert !new File(basedir, 'target/classes/metrics').exists()
assert !new File(basedir, 'target/generated-sources/annotations/com/example/broken/PrometheusPaymentMetrics.java').exists()
return true
