import java.nio.file.*

def runs = new File(basedir, 'runs')
def files = { int run ->
    def root = new File(runs, "$run").toPath()
    def list = []
    Files.walk(root).filter { Files.isRegularFile(it) }.forEach { list << root.relativize(it).toString() }
    list.sort()
}
def first = files(1)
assert first.contains('alpha/seloste/notice.fi.md') && first.contains('beta/seloste/register.json')
assert first.contains('alpha/classes/META-INF/seloste/personal-data.json')
assert first.contains('alpha/alpha-1.0.jar')
assert first.size() >= 14 : first
[2, 3].each { run ->
    assert files(run) == first : "run $run wrote other files: ${files(run)}"
    first.each { name ->
        byte[] a = new File(runs, "1/$name").bytes
        byte[] b = new File(runs, "$run/$name").bytes
        assert Arrays.equals(a, b) : "run $run: $name differs from run 1"
    }
}
assert new File(runs, 'jvm-3-alpha.txt').text.startsWith('ISO-8859-1 de') : 'run 3 ran with a Latin-1 platform encoding'
assert !new File(runs, 'jvm-1-alpha.txt').text.startsWith('ISO-8859-1')
def notice = new File(runs, '1/alpha/seloste/notice.fi.md').getText('UTF-8')
assert notice.contains('# Tietosuojaseloste: Ääkkösrekisteri – åäö')
assert notice.contains('Öljy ja Äes Oy')
assert notice.contains('Äidinkieli (svenska/suomi/العربية)')
assert notice.contains('Seloste on laadittu 14.3.2026.') : 'the latest change is the notice date'
def bytes = new File(runs, '3/alpha/seloste/notice.fi.md').bytes
def utf8 = 'Ääkkösrekisteri'.getBytes('UTF-8')
assert new String(bytes, 'UTF-8').contains('Ääkkösrekisteri') && Collections.indexOfSubList(bytes.toList(), utf8.toList()) >= 0 :
        'the Latin-1 run still writes UTF-8'
def index = new File(runs, '3/beta/classes/META-INF/seloste/personal-data.json').getText('UTF-8')
assert index.contains('"label"') == false && index.contains('Kävijöiden kirjaaminen')
assert !index.contains('\r')
return true
