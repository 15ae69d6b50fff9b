import java.nio.file.Files

def logs = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert logs.contains(part) : "build.log lacks <$part>" }
def link = new File(basedir, 'src/main/privacy/notice.fi.md')
// invocation 1: check refuses the link and does not read through it
expect("[SELOSTE-M504] ${link.absolutePath} is a symbolic link")
// invocation 2: the update refuses to write into a directory holding a link
expect('[SELOSTE-M403]')
expect("${link.absolutePath} is a symbolic link")
assert !logs.contains('hunter2') : 'the linked file is never printed'
assert !logs.contains('committed-symlink-secret') : 'not even where the link points'
assert new File(basedir, '../committed-symlink-secret.txt').getText('UTF-8') == 'CI_TOKEN=hunter2-never-print-me\n'
assert Files.isSymbolicLink(link.toPath()) : 'the link is left as it was'
assert !new File(basedir, 'src/main/privacy/register.json').exists() : 'nothing is written'
return true
