// The Boot 4.0 sample is the Boot 3.5 sample's application and test built on Boot 4.0: the same
// checks, on this build's output.
def log = new File(basedir, 'build.log').text
assert log.contains('Running com.example.payments.PaymentsApplicationTest')
assert new File(basedir, 'target/versions.txt').text.startsWith('spring-boot 4.')
evaluate(new File(samplesDirectory, 'spring-boot/verify.groovy'))
