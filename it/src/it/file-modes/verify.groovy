import java.nio.file.Files
import java.nio.file.LinkOption
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

// Documents are files like any other the build writes: their modes come from the umask (0644 and 0755 under umask
// 022), not from a temporary file's private 0600, so a web server, a group or a CI cache can read them.
Path base = basedir.toPath()
Path probeDir = Files.createDirectory(base.resolve('target/umask-probe'))
Path probeFile = Files.createFile(probeDir.resolve('probe.txt'))
def mode = { Path p -> PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)) }
String fileMode = mode(probeFile)
String dirMode = mode(probeDir)
println "umask gives files ${fileMode}, directories ${dirMode}"

def wrong = []
[base.resolve('target/seloste'), base.resolve('src/main/privacy')].each { Path out ->
    assert Files.isDirectory(out) : "no documents in $out"
    if (mode(out) != dirMode) {
        wrong << "${base.relativize(out)}/ is ${mode(out)}, not ${dirMode}"
    }
    def documents = Files.list(out).withCloseable { it.sorted().toList() }
    assert documents.any { it.fileName.toString() == 'notice.fi.md' } : "no notice in $out"
    documents.each { Path doc ->
        if (mode(doc) != fileMode) {
            wrong << "${base.relativize(doc)} is ${mode(doc)}, not ${fileMode}"
        }
    }
}
assert wrong.isEmpty() : "documents not written with the umask's modes:\n" + wrong.join('\n')
return true
