// Issue 12.6: a recipient in Sweden is no transfer; one in the United States under the Data Privacy Framework is, named by country in fi, sv and en.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
def section = { String name, String heading -> def text = notice(name); int at = text.indexOf(heading); assert at >= 0 : "$name lacks <$heading>"; int end = text.indexOf('\n## ', at + 1); text.substring(at, end < 0 ? text.length() : end) }
def fi = section('notice.fi.md', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle')
assert fi.contains('- Asiakastyytyväisyyskyselyn toteuttaja: Yhdysvallat, EU:n ja Yhdysvaltojen välinen tietosuojakehys') : fi
assert !fi.contains('Ruotsi') && !fi.contains('SE') : 'Sweden is no transfer: ' + fi
def sv = section('notice.sv.md', 'Överföring')
assert sv.contains(': USA, Dataskyddsramen mellan EU och USA') && !sv.contains('Sverige') : sv
def en = section('notice.en.md', 'Transfers')
assert en.contains('- Customer survey provider: United States, The EU–US Data Privacy Framework') && !en.contains('Sweden') : en
has('notice.fi.md', '- Palvelinpalvelun tarjoaja (Ruotsi)\n')
has('notice.en.md', '- Hosting provider (Sweden)\n')
return true
