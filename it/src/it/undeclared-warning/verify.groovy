def logs = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert logs.contains(part) : "build.log lacks <$part>" }
// the compiler warned, with file and line
expect('Customer.java:[12,20] [SELOSTE-P151] Customer.email looks like personal data')
// and the gate failed on it
expect('[SELOSTE-M501] com.example.Customer.email (com/example/Customer.java:12) looks like personal data')
// the project commits no documents and turned the drift check off: only the undeclared field is reported
expect('Skipping the drift check: <drift> (seloste.check.drift) is false')
expect('1 problem found by seloste')
assert !logs.contains('SELOSTE-M503') : 'the drift check was skipped'
assert !logs.contains('threw an uncaught exception')
return true
