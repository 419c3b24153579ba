// The starter's tests, compiled and run on Boot 4.0 against the starter's jar.
def log = new File(basedir, 'build.log').text
assert log.contains('Running com.mastertrade.metrics.spring.MetricsAutoConfigurationTest')
assert log =~ /Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.mastertrade.metrics.spring.MetricsAutoConfigurationTest/
def classpath = new File(basedir, 'target/test-classpath.txt').text
assert classpath.contains('spring-boot-4.') && classpath.contains('spring-webmvc-7.')
assert !classpath.contains('spring-boot-3.')
return true
