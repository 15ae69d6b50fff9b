def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }

// one line for each module passed over, and no question about a controller
expect('Skipping seloste:generate for reactor-root: a pom module has no classes')
expect('Skipping seloste:generate for catalogue: it holds no personal data (no personal field in its index or its dependencies)')
expect('Skipping seloste:generate for orders: seloste:aggregate in privacy documents its personal data (this module configures no <controller> of its own)')
expect('seloste:generate in privacy, which runs seloste:aggregate: writing the documents of the reactor modules it depends on')
assert !log.contains('SELOSTE-M201') : 'no module was asked for a controller'
assert !new File(basedir, 'catalogue/target/seloste').exists()
assert !new File(basedir, 'orders/target/seloste').exists()

// the aggregating module did the work
def out = new File(basedir, 'privacy/target/seloste')
['fi', 'sv', 'en'].each { assert new File(out, "notice.${it}.md").isFile() }
assert new File(out, 'notice.fi.md').getText('UTF-8').contains('- Yhteystiedot: 6 vuotta tilikauden päättymisestä')
def record = new groovy.json.JsonSlurper().parse(new File(out, 'register.json'))
assert record.processingActivities*.id == ['orders']
assert record.processingActivities[0].fields[0].origin == 'com.example.it:orders:1.0'
return true
