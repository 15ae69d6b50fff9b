def out = new File(basedir, 'privacy/target/seloste')
def read = { String name -> new File(out, name).getText('UTF-8') }
def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }

def record = new groovy.json.JsonSlurper().parseText(read('register.json'))
assert record.processingActivities*.id == ['orders', 'support']
assert record.processingActivities[0].fields[0].origin == 'com.example.it:orders:1.0'
assert record.processingActivities[1].fields[0].origin == 'com.example.it:support:1.0'
assert record.processingActivities[0].fields[0].className == 'com.example.orders.Order'

['fi', 'sv', 'en'].each { lang ->
    ['orders', 'support'].each { id ->
        assert new File(out, "notice-${id}.${lang}.md").isFile()
        assert new File(out, "notice-${id}.${lang}.html").isFile()
    }
    assert new File(out, "register.${lang}.html").isFile()
}
expect(read('notice-orders.sv.md'), '# Dataskyddsbeskrivning: Beställningsregistret')
expect(read('notice-orders.sv.md'), '- Kontaktuppgifter: 6 år efter räkenskapsperiodens utgång')  // retention by category (issue 15)
expect(read('notice-support.en.md'), 'Helping customers')
expect(read('notice-support.en.md'), '(Article 21)')
expect(read('notice-orders.fi.md'), '6 vuotta tilikauden päättymisestä')
assert !read('notice-orders.fi.md').contains('(21 artikla)') : 'a contract gives no right to object'
return true
