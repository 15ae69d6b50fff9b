def logs = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert logs.contains(part) : "build.log lacks <$part>" }
// invocation 1: nothing committed
expect('[SELOSTE-M503]')
expect('notice.fi.md is missing: the code generates it, but it is not committed. Create it with: ./mvnw verify -Dseloste.check.update')
// invocation 4: the retention changed from 4 to 6 months
expect('[SELOSTE-M502]')
expect('-- Asiakkaan nimi: 4 kuukautta keskustelun päättymisestä')
expect('+- Asiakkaan nimi: 6 kuukautta keskustelun päättymisestä')
// invocation 5 refreshed the committed notice
def committed = new File(basedir, 'src/main/privacy/notice.fi.md').getText('UTF-8')
assert committed.contains('- Asiakkaan nimi: 6 kuukautta keskustelun päättymisestä')
expect('seloste:check found no problems')
return true
