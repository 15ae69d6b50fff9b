def logs = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert logs.contains(part) : "build.log lacks <$part>" }
def privacy = new File(basedir, 'src/main/privacy')
// invocation 3: the Swedish documents are stale
for (name in ['notice.sv.md', 'notice.sv.html', 'register.sv.html']) {
    expect("[SELOSTE-M505] ${new File(privacy, name).absolutePath} is committed, but the code no longer generates it")
}
assert !logs.contains("[SELOSTE-M505] ${new File(privacy, 'notice.fi.md').absolutePath}")
// invocation 4 deleted them, logging each, and touched nothing else
expect("Deleted ${new File(privacy, 'notice.sv.md').absolutePath}: the code no longer generates it")
assert !new File(privacy, 'notice.sv.md').exists()
assert !new File(privacy, 'register.sv.html').exists()
assert new File(privacy, 'notice.fi.md').exists()
assert new File(privacy, 'README.md').getText('UTF-8').contains("it stays")
assert !new File(basedir, 'src/main/.privacy.seloste-staging').exists() : 'no staging directory is left'
expect('seloste:check found no problems')
return true
