def log = new File(basedir, 'build.log').getText('UTF-8')
// both invocations compiled main and test sources; nothing was warned about
assert log.count('[INFO] BUILD SUCCESS') == 2 : 'both builds pass'
assert !log.contains('[WARNING]') || !log.contains('No processor claimed') : log
assert !log.contains('not recognized by any processor') : log
assert !log.contains('warnings found and -Werror specified') : log
assert new File(basedir, 'target/test-classes/com/example/shop/CustomerFixture.class').isFile()
// the second build ran the processor: the index is there
def index = new File(basedir, 'target/classes/META-INF/seloste/personal-data.json')
assert index.isFile() : 'the processor ran'
assert index.getText('UTF-8').contains('"field" : "email"')
return true
