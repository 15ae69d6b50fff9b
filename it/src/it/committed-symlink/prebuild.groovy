import java.nio.file.Files

// A file outside the project, such as /etc/passwd or a CI secret, and a committed notice that links to it.
def secret = new File(basedir, '../committed-symlink-secret.txt')
secret.setText('CI_TOKEN=hunter2-never-print-me\n', 'UTF-8')
def privacy = new File(basedir, 'src/main/privacy')
privacy.mkdirs()
Files.createSymbolicLink(new File(privacy, 'notice.fi.md').toPath(), secret.toPath().toAbsolutePath())
return true
