def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }
def logs = []
basedir.eachFileRecurse { if (it.name == 'build.log') logs << it.getText('UTF-8') }
def log = logs.join('\n')
def committed = new File(basedir, 'organisation/src/main/privacy')
def generated = new File(basedir, 'organisation/target/seloste')

// 2: -Dseloste.check.update wrote the organisation documents into src/main/privacy
expect(log, 'Updated ' + new File(committed, 'register.json').path)

// 4: the hand edit and the stale notice fail the check, with the module check's diagnostics and diff
expect(log, '=== seloste-it: the committed notice edited by hand, and a stale one added')
expect(log, '[SELOSTE-M502] ' + new File(committed, 'notice.fi.md').path + ' differs from what the code generates now:')
expect(log, 'Esimerkkikonserni Oyj')
expect(log, '[SELOSTE-M505] ' + new File(committed, 'notice-archive.fi.md').path + ' is committed, but the code no longer generates it')
expect(log, 'Refresh the committed notices with: ./mvnw verify -Dseloste.check.update')
expect(log, 'BUILD FAILURE')

// 5, 6: regenerated, the stale notice deleted, and the check passes
expect(log, 'Deleted ' + new File(committed, 'notice-archive.fi.md').path)
expect(log, 'seloste:check found no problems')
assert !new File(committed, 'notice-archive.fi.md').exists()
committed.listFiles().findAll { it.name.startsWith('notice') || it.name.startsWith('register.') }.each {
    assert it.bytes == new File(generated, it.name).bytes : "$it.name differs from what seloste:organisation wrote"
}
assert !new File(committed, 'notice.fi.md').getText('UTF-8').contains('Oyj')
true
