// Issue 12.4: a private clinic on a contract basis keeps patient records under decree 94/2022: erasure is limited and the decree named, in fi, sv and en.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
has('notice.fi.md', 'Tietoja, joiden säilyttämisestä säädetään laissa (STM:n asetus potilasasiakirjoista 94/2022), ei voida poistaa pyynnöstä')
has('notice.sv.md', 'Uppgifter som enligt lag ska förvaras (SHM:s förordning om journalhandlingar 94/2022) kan inte raderas på begäran')
has('notice.en.md', 'Data that the law requires to be kept (Decree on Patient Records 94/2022) cannot be erased on request')
has('notice.en.md', 'Right to data portability (Article 20)')
return true
