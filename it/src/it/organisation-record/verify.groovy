import java.util.zip.ZipFile

def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }
def repo = new File(localRepositoryPath, 'com/example/org')

// 1. install published each application's record next to its jar, the same bytes generate wrote
['chat/1.0/chat-1.0', 'shop/2.0/shop-2.0', 'billing/1.0/billing-1.0'].each { path ->
    def published = new File(repo, path + '-seloste-record.json')
    assert published.isFile() : "not published: $published"
    def app = path.tokenize('/')[0]
    assert published.bytes == new File(basedir, "$app/target/seloste/register.json").bytes
    assert new File(repo, path + '.jar').isFile()
}
def build = new File(basedir, 'chat/build.log').exists() ? new File(basedir, 'chat/build.log').getText('UTF-8') : new File(basedir, 'build.log').getText('UTF-8')
expect(build, '[INFO] Attached register.json as com.example.org:chat:json:seloste-record:1.0')
// the chat also publishes its documents as a zip, entries sorted and dated by project.build.outputTimestamp
def zip = new ZipFile(new File(repo, 'chat/1.0/chat-1.0-seloste-notices.zip'))
def entries = zip.entries().toList()
assert entries*.name == entries*.name.sort(false)
assert entries*.name.containsAll(['notice.fi.md', 'notice.sv.html', 'register.json', 'register.dpv.jsonld', 'fides.yml'])
assert entries.every { it.timeLocal.toString() == '2026-02-13T08:00' } : entries*.timeLocal
zip.close()
assert !new File(repo, 'shop/2.0/shop-2.0-seloste-notices.zip').exists() : 'attachNotices is off by default'

// 2. the organisation record: one record, one notice per register, each field with the application it came from
def out = new File(basedir, 'organisation/target/seloste')
def record = new File(out, 'register.json').getText('UTF-8')
expect(record, '"name" : "Esimerkkikonserni Oy"')
expect(record, '"className" : "com.example.chat.ChatMessage"')
expect(record, '"origin" : "com.example.org:chat:1.0"')
expect(record, '"className" : "com.example.shop.Customer"')
expect(record, '"origin" : "com.example.org:shop:2.0"')
assert !record.contains('billing') : 'the conflicting run wrote nothing'
def ids = (record =~ /"id" : "([a-z-]+)"/).collect { it[1] }
assert ids == ['customers', 'orders'] : ids

def fi = new File(out, 'notice-customers.fi.md').getText('UTF-8')
expect(fi, '# Tietosuojaseloste: Asiakasrekisteri')
['Asiakkaan nimi', 'Viestit', 'Sähköpostiosoite'].each { expect(fi, it) }   // chat's and shop's fields in one register
expect(fi, 'Asiakaspalvelu – rekisterinpitäjän oikeutettu etu')                // the shared purpose once
expect(fi, 'Yhdysvallat')                                                      // the chat's transfer is the register's
expect(fi, 'Tietoja ei luovuteta säännönmukaisesti.')                           // both applications declared it
['sv', 'en'].each { lang ->
    ['md', 'html'].each { ext -> assert new File(out, "notice-customers.$lang.$ext").isFile() }
}
expect(new File(out, 'notice-customers.en.md').getText('UTF-8'), 'United States')
expect(new File(out, 'notice-orders.sv.md').getText('UTF-8'), 'Leveransadress')
expect(new File(out, 'register.en.html').getText('UTF-8'), 'Customer register')

def orgLog = new File(basedir, 'build.log').getText('UTF-8')
expect(orgLog, 'Reading the record of com.example.org:chat:1.0')
expect(orgLog, 'Reading the record of com.example.org:shop:2.0')
// an organisation record is itself published
assert new File(repo, 'organisation/1.0/organisation-1.0-seloste-record.json').bytes == new File(out, 'register.json').bytes

// 3. the machine-readable exports, made from the organisation record, and published with it
def dpv = new File(out, 'register.dpv.jsonld').getText('UTF-8')
expect(dpv, '"@context"')
expect(dpv, '"hasLegalBasis" : [\n            "eu-gdpr:A6-1-f"\n')
expect(dpv, '"hasThirdCountry" : "loc:US"')
expect(dpv, '"hasLegalBasis" : "eu-gdpr:A45-3"')                          // the Data Privacy Framework
def fides = new File(out, 'fides.yml').getText('UTF-8')
expect(fides, '- fides_key: "seloste.customers"')
expect(fides, 'legal_basis_for_transfers:\n  - "Adequacy Decision"')
assert new File(repo, 'organisation/1.0/organisation-1.0-seloste-dpv.jsonld').bytes == dpv.getBytes('UTF-8')
assert new File(repo, 'organisation/1.0/organisation-1.0-seloste-fides.yml').isFile()
assert new File(repo, 'chat/1.0/chat-1.0-seloste-dpv.jsonld').isFile()

// 4. a declaration two applications make differently fails, naming both
expect(orgLog, "[SELOSTE-M715] purpose 'customer-service' is declared differently in com.example.org:chat:1.0 and in "
        + 'com.example.org:billing:1.0: basis: LEGITIMATE_INTERESTS against CONTRACT')
true
