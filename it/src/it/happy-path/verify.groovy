import java.util.jar.JarFile

def out = new File(basedir, 'target/seloste')
def notice = new File(out, 'notice.fi.md').getText('UTF-8')
def record = new File(out, 'register.json').getText('UTF-8')

def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }

// the draft stamp and the sections of the seed notices
expect(notice, '**LUONNOS')
expect(notice, '## 1. Rekisterinpitäjä\n\n- Testiklinikka Oy\n- Y-tunnus: 1234567-1\n- Osoite: Testikatu 1, 00100 Helsinki\n')
expect(notice, '## 2. Yhteyshenkilö rekisteriä koskevissa asioissa\n\n- Kaisa Yhteyshenkilö, palvelupäällikkö\n- Sähköposti: kaisa@testiklinikka.example\n')
expect(notice, '## 3. Tietosuojavastaava\n\n- Ville Vastaava\n')
expect(notice, '## 4. Rekisterin nimi\n\nAsiakaspalvelu-chatin rekisteri\n')
// purposes in the order of the sorted fields (customerName, ipAddress, messageText, phone)
// each with the basis its fields declare (issue 12)
expect(notice, '- Asiakkaiden kysymyksiin vastaaminen – rekisterinpitäjän oikeutettu etu (6 artiklan 1 kohdan f alakohta)\n'
        + '- Väärinkäytösten selvittäminen – rekisterinpitäjän oikeutettu etu (6 artiklan 1 kohdan f alakohta)\n'
        + '- Palvelun laadun varmistaminen – rekisterinpitäjän oikeutettu etu (6 artiklan 1 kohdan f alakohta)\n')
expect(notice, '- Väärinkäytösten selvittäminen: Palvelun väärinkäytösten selvittäminen\n')
// the data as a list, in the order the code declares them
expect(notice, '- **Muut tiedot**\n  - Asiakkaan nimi\n  - Puhelinnumero\n  - Viestien sisältö\n  - IP-osoite\n')
// each source with the data it gives; the subject and the terminal are no third party, so no Art. 14 paragraph
expect(notice, '- Asiakas itse: Asiakkaan nimi, Viestien sisältö, Puhelinnumero\n- Asiakkaan päätelaite: IP-osoite\n')
assert !notice.contains('Osa tiedoista saadaan muualta') : notice
// declared in <none>, so stated
expect(notice, 'Tietoja ei luovuteta säännönmukaisesti.\n')
expect(notice, '- Asiakkaan nimi, Puhelinnumero, Viestien sisältö: 4 kuukautta keskustelun päättymisestä\n')
expect(notice, '- IP-osoite: 90 päivää tietojen keräämisestä\n')
['15', '16', '17', '18', '77'].each { expect(notice, "($it artikla)") }
expect(notice, 'Tietosuojavaltuutetun toimisto')
expect(notice, 'Seloste on laadittu 13.2.2026.')
assert !notice.contains('\r')

expect(record, '"schemaVersion" : 1')
def html = new File(out, 'notice.fi.html').getText('UTF-8')
expect(html, '<html lang="fi">')
expect(html, '<h1>Tietosuojaseloste: Asiakaspalvelu-chatin rekisteri</h1>')
expect(new File(out, 'register.csv').getText('UTF-8'), 'Käsittelytoimi,')
expect(record, '"name" : "Testiklinikka Oy"')
expect(record, '"period" : "P90D"')

// the jar carries the index with every annotated field
def jar = new JarFile(new File(basedir, 'target/happy-path-1.0.jar'))
def entry = jar.getEntry('META-INF/seloste/personal-data.json')
assert entry != null : 'the jar has no index'
def index = jar.getInputStream(entry).getText('UTF-8')
jar.close()
['customerName', 'phone', 'messageText', 'ipAddress'].each { expect(index, "\"field\" : \"$it\"") }
assert !index.contains('"field" : "id"')

def log = new File(basedir, 'build.log').getText('UTF-8')
expect(log, "Wrote ${new File(out, 'notice.fi.md').canonicalPath}")
return true
