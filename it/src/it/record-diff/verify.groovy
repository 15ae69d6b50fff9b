def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }
def out = new File(basedir, 'release-1.1/target/seloste')

def fi = new File(out, 'changes.fi.md').getText('UTF-8')
expect(fi, '# Muutokset rekisteriselosteeseen: com.example.diff:chat-app:1.0 → com.example.diff:chat-app:1.1')
expect(fi, '## Chat-rekisteri\n\n- Säilytysaika muuttui: **Asiakkaan nimi** (`com.example.chat.Conversation#customerName`): '
        + '4 kuukautta keskustelun päättymisestä → 6 kuukautta keskustelun päättymisestä\n')
def sv = new File(out, 'changes.sv.md').getText('UTF-8')
expect(sv, '- Lagringstiden har ändrats: **Kundens namn** (`com.example.chat.Conversation#customerName`): ')
expect(sv, '4 månader')
expect(sv, '6 månader')
def en = new File(out, 'changes.en.md').getText('UTF-8')
expect(en, "- Retention period changed: **Customer's name** (`com.example.chat.Conversation#customerName`): "
        + '4 months after the end of the conversation → 6 months after the end of the conversation\n')
// one change only: nothing else differs between the releases
[fi, sv, en].each { assert it.count('\n- ') == 1 : it }

def log = new File(basedir, 'build.log').getText('UTF-8')
expect(log, 'Comparing the record with com.example.diff:chat-app:1.0')
expect(log, '1 change since com.example.diff:chat-app:1.0')
true
