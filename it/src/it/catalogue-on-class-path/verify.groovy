def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('seloste.catalogues') : 'no processor option is set'
assert !log.contains('[SELOSTE-P') : 'the app compiled without a seloste diagnostic'

def out = new File(basedir, 'app/target/seloste')
def read = { String name -> new File(out, name).getText('UTF-8') }
def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }

// the register, purposes and source declared in the catalogue module, in all three languages
expect(read('notice.fi.md'), '# Tietosuojaseloste: Asiakasrekisteri')
expect(read('notice.sv.md'), '# Dataskyddsbeskrivning: Kundregistret')
expect(read('notice.en.md'), 'Invoicing')
expect(read('notice.en.md'), 'Accounting Act (1336/1997)')
expect(read('notice.fi.md'), 'Jälleenmyyjä')

// the app's index carries what it uses from the catalogue, and says where it is declared
def index = new groovy.json.JsonSlurper().parse(new File(basedir, 'app/target/classes/META-INF/seloste/personal-data.json'))
assert index.mode == 'catalogue'
assert index.registers*.id == ['customers']
assert index.registers[0].declaredIn == 'com.example.catalogue'
assert index.purposes*.key == ['invoicing', 'service']
assert index.fields*.register == ['customers', 'customers']
return true
