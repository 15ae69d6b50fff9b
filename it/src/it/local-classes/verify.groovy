import java.util.jar.JarFile

def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }

assert log.count('[INFO] BUILD FAILURE') == 2 : 'invocations 1 and 2 fail'
assert log.count('[INFO] BUILD SUCCESS') == 1 : 'invocation 3 passes'

// 1: javac stops at each field, with the file and line, saying what to do
expect(log, 'Summaries.java:[11,24] [SELOSTE-P113] @PersonalData on author in the local class Line: javac does not show '
        + 'local or anonymous classes to annotation processors, so this field cannot be listed in the record. Move it '
        + 'into a member or top-level class')
expect(log, 'Summaries.java:[14,20] [SELOSTE-P113] @PersonalData on caller in an anonymous class')

// 2: no processor ran, and the plugin says why rather than "no index" or "rebuild cleanly"
expect(log, '[SELOSTE-M313] ')
expect(log, 'has @PersonalData on fields of local or anonymous classes: com.example.chat.local.Summaries$1, '
        + 'com.example.chat.local.Summaries$1Line. javac never shows such classes to annotation processors')
assert !log.contains('SELOSTE-M301') : 'not "no index"'
assert !log.contains('SELOSTE-M307') : 'not "rebuild cleanly": a class that only mentions PersonalData is not annotated'

// 3: the documents are written, and the index has the member record's component but nothing of the finder
def out = new File(basedir, 'target/seloste')
def notice = new File(out, 'notice.fi.md').getText('UTF-8')
expect(notice, 'Asiakkaan nimi')
expect(notice, 'Viestin kirjoittaja')
def jar = new JarFile(new File(basedir, 'target/local-classes-1.0.jar'))
def index = new groovy.json.JsonSlurper().parse(jar.getInputStream(jar.getEntry('META-INF/seloste/personal-data.json')))
jar.close()
assert index.fields.collect { "${it.className}#${it.field}" } == ['com.example.chat.ChatConversation#customerName',
        'com.example.chat.ChatConversation$Line#author'] : index.fields
assert !new File(basedir, 'target/classes/com/example/chat/local').exists() : 'the local classes are left out in 3'
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
return true
