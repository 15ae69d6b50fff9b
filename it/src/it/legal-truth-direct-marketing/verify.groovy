// Issue 12.5: a purpose marked as direct marketing brings the unconditional right to object (Art. 21(2)), in fi, sv and en.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
has('notice.fi.md', '**Oikeus vastustaa suoramarkkinointia (21 artiklan 2 ja 3 kohta).**')
has('notice.sv.md', '**Rätt att invända mot direktmarknadsföring (artikel 21.2 och 21.3).**')
has('notice.en.md', '**Right to object to direct marketing (Article 21(2) and (3)).**')
has('notice.fi.md', 'Suostumuksen peruuttaminen')
def record = new File(basedir, 'target/seloste/register.json').getText('UTF-8')
assert record.contains('"directMarketing" : true') : record
return true
