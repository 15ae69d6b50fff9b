// Issue 12.2: no recipient, no transfer, no automated-decision text and no declaration that there are none: generate fails and names the lines to add, instead of stating three negatives.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
expect("[SELOSTE-M217] register 'chat' (com.example.it:legal-truth-negatives:1.0 (com.example.chat))")
expect('whether data are regularly disclosed')
expect('add none = Practice.REGULAR_DISCLOSURES to @Register(id = "chat", …), or add to the seloste-maven-plugin configuration <none><practice>regular-disclosures</practice></none>')
expect('<none><practice>transfers</practice></none>')
expect('<none><practice>automated-decisions</practice></none>')
expect("[SELOSTE-M219] parameter <none> names 'transfer', which is not a practice")
expect('4 problems found by seloste')
assert !new File(basedir, 'target/seloste').exists() : 'nothing is written'
return true
