// Issue 12.8: a declared register that no field belongs to fails the build, naming it, instead of vanishing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
expect("[SELOSTE-M220] register 'archive' (com.example.it:legal-truth-empty-register:1.0 (com.example.archive.Archive))")
expect('@PersonalData(register = "archive")')
assert !new File(basedir, 'target/seloste').exists() : 'nothing is written'
return true
