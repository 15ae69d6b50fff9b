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
// warning mode still writes the documents, says so, and lists the field in the notice (issue 12: nothing vanishes)
expect("[WARNING] [SELOSTE-M604] register 'default': 1 field(s) look personal but are not declared (such as com.example.Customer.email)")
def notice = new File(basedir, 'target/seloste/notice.fi.md').getText('UTF-8')
assert notice.contains('> **Kuvaamattomia tietoja.**') && notice.contains('> - com.example.Customer.email\n') : notice
def record = new File(basedir, 'target/seloste/register.json').getText('UTF-8')
assert record.contains('"undeclared" : [\n') && record.contains('"field" : "email"') : record
assert !logs.contains('threw an uncaught exception')
return true
