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

// <changesFromDiff>: the notices' change history says it too, as plain text, dated with the notice date and after the
// entry the POM writes for that date
def notice = { String lang -> new File(out, "notice.${lang}.md").getText('UTF-8') }
expect(notice('fi'), '- 1.3.2026: Chat-palvelu uudistettu\n- 1.3.2026: Säilytysaika muuttui: Asiakkaan nimi: '
        + '4 kuukautta keskustelun päättymisestä → 6 kuukautta keskustelun päättymisestä\n')
expect(notice('sv'), 'Chattjänsten har förnyats\n- ')
expect(notice('sv'), ': Lagringstiden har ändrats: Kundens namn: 4 månader')
expect(notice('en'), 'The chat service was renewed\n- ')
expect(notice('en'), ": Retention period changed: Customer's name: 4 months after the end of the conversation → "
        + '6 months after the end of the conversation\n')
expect(new File(out, 'notice.en.html').getText('UTF-8'), 'Retention period changed: Customer&#39;s name: 4 months')
// the published 1.0 record carries its notice date, which the 1.1 entries must come after
expect(new File(basedir, 'release-1.0/target/seloste/register.json').getText('UTF-8'), '"noticeDate" : "2026-02-13"')

def log = new File(basedir, 'build.log').getText('UTF-8')
expect(log, 'Comparing the record with com.example.diff:chat-app:1.0')
expect(log, '1 change since com.example.diff:chat-app:1.0')
true
