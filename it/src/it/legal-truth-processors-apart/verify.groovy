// Issue 12.7: a processor is listed as a processor, not as a disclosure; the authority that receives data is the disclosure.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
def notice = { String name -> new File(basedir, "target/seloste/" + name).getText('UTF-8') }
def has = { String name, String part -> def text = notice(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = notice(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'
def section = { String name, String heading -> def text = notice(name); int at = text.indexOf(heading); assert at >= 0 : "$name lacks <$heading>"; int end = text.indexOf('\n## ', at + 1); text.substring(at, end < 0 ? text.length() : end) }
[['fi', 'Tietojen säännönmukaiset luovutukset', 'Henkilötietojen käsittelijät', 'Aluehallintovirasto', 'Chat-palvelun toimittaja'],
 ['sv', 'Regelmässiga utlämnanden av uppgifter', 'Personuppgiftsbiträden', 'Regionförvaltningsverket', 'Chattleverantören'],
 ['en', 'Regular disclosures of data', 'Processors', 'Regional State Administrative Agency', 'Chat service provider']].each { lang, disclosures, processors, authority, vendor ->
    def d = section("notice.${lang}.md", ". " + disclosures)
    assert d.contains(authority) && !d.contains(vendor) : "the processor is no disclosure: " + d
    def p = section("notice.${lang}.md", ". " + processors + "\n")
    assert p.contains(vendor) && !p.contains(authority) : p
}
return true
