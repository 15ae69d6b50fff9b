// Issue 12.1: the smallest free-text form without a legal basis fails compilation on the annotation, with the line to add.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
// on the purpose value of the field, with the line to add
expect('Conversation.java:[8,29] [SELOSTE-P145] @PersonalData on Conversation.customerName names no legal basis (GDPR Art. 6(1))')
expect('Add basis = LegalBasis.CONTRACT (or the basis that applies) to @PersonalData, or to @PersonalDataDefaults/@Register')
assert !new File(basedir, 'target/seloste').exists() : 'no notice without a basis'
return true
