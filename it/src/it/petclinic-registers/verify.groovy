// The committed notices were written by this project (-Dseloste.check.update) and check passes against them.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('seloste:check found no problems') : 'check did not pass'

def privacy = new File(basedir, 'src/main/privacy')
def read = { String name -> new File(privacy, name).getText('UTF-8') }
def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }

// one Person superclass, two registers: the inherited names land in each entity's own register
def record = new groovy.json.JsonSlurper().parseText(read('register.json'))
assert record.processingActivities*.id == ['owners', 'vets']
def fields = { String id -> record.processingActivities.find { it.id == id }.fields.collect { "${it.className.tokenize('.').last()}.${it.field}" } }
assert fields('owners') == ['Owner.address', 'Owner.city', 'Owner.firstName', 'Owner.lastName', 'Owner.telephone']
assert fields('vets') == ['Vet.firstName', 'Vet.lastName']
def vetFirst = record.processingActivities.find { it.id == 'vets' }.fields.find { it.field == 'firstName' }
assert vetFirst.declaredIn == 'org.springframework.samples.petclinic.model.Person'

def owners = read('notice-owners.fi.md')
expect(owners, '# Tietosuojaseloste: Lemmikkien omistajien asiakasrekisteri')
expect(owners, '- **Perus- ja yksilöintitiedot**\n  - Etunimi\n  - Sukunimi\n- **Yhteystiedot**\n  - Osoite\n')
expect(owners, '- Asiakkaat\n')
expect(owners, '- Perus- ja yksilöintitiedot, Yhteystiedot: 3 vuotta asiakassuhteen päättymisestä')
def vets = read('notice-vets.fi.md')
expect(vets, '# Tietosuojaseloste: Eläinlääkärirekisteri')
expect(vets, '- **Perus- ja yksilöintitiedot**\n  - Etunimi\n  - Sukunimi\n')
expect(vets, '- Työntekijät\n')
expect(vets, 'Eläinlääkärien vastaanottojen ja erikoisalojen esittäminen asiakkaille')
assert !vets.contains('Yhteystiedot') && !vets.contains('Puhelinnumero') : vets
// the pet's birth date and the names of pets, types and specialties are no one's personal data
[owners, vets].each { assert !it.contains('birth') && !it.contains('Syntymä') }
return true
