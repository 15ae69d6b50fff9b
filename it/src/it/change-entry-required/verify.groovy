def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }
// the invoker writes one build.log per project directory (or one at the root): read them all
def logs = []
basedir.eachFileRecurse { if (it.name == 'build.log') logs << it.getText('UTF-8') }
def log = logs.join('\n')

// 2: no entry newer than 1.0's notice date: check fails, lists the change and shows the <change> to add
expect(log, "[SELOSTE-M506] register 'chat' changed since the previous release com.example.entry:chat-app:1.0, but the "
        + "notice's change history does not say so:")
expect(log, "    - Retention period changed: Customer's name: 4 months after the end of the conversation → 6 months after "
        + 'the end of the conversation')
expect(log, "Add an entry dated after 2026-02-13 (the previous release's notice date)")
expect(log, '      <description>Säilytysaika muuttui: Asiakkaan nimi: 4 kuukautta keskustelun päättymisestä → 6 kuukautta '
        + 'keskustelun päättymisestä</description>')
expect(log, '      <descriptionSv>Lagringstiden har ändrats: Kundens namn: ')
expect(log, "      <descriptionEn>Retention period changed: Customer's name: ")
expect(log, '<changesFromDiff>true</changesFromDiff> (-Dseloste.changesFromDiff)')
expect(log, 'BUILD FAILURE')

// 3: with the entry dated 2026-03-01 the same check passes, and the notice shows the entry
expect(log, 'seloste:check found no problems')
def fi = new File(basedir, 'release-1.1/target/seloste/notice.fi.md').getText('UTF-8')
expect(fi, '- 1.3.2026: Asiakkaan nimen säilytysaikaa pidennetty kuuteen kuukauteen\n')

// 4: no previous release named
expect(log, '[SELOSTE-M733] parameter <requireChangeEntry> compares with the previous release, but none is named.')
true
