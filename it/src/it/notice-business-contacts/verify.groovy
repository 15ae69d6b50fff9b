// Issue 15: a wholesaler's customer register of business contacts, written as real Finnish notices in fi/sv/en.
import java.time.LocalDate

def out = new File(basedir, 'target/seloste')
def read = { String name -> new File(out, name).getText('UTF-8') }
def has = { String name, String part -> def text = read(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = read(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
// the Markdown section under a heading, up to the next section, ending with its last line's \n
def section = { String name, String heading ->
    def text = read(name)
    def start = text =~ /(?m)^## \d+\. ${java.util.regex.Pattern.quote(heading)}\n/
    assert start.find() : "$name has no section <$heading>:\n$text"
    def rest = text.substring(start.end())
    def next = rest.indexOf('\n## ')
    return next < 0 ? rest : rest.substring(0, next)
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'

def langs = ['fi', 'sv', 'en']
def heads = [
    fi: [controller: 'Rekisterinpitäjä', contact: 'Yhteyshenkilöt rekisteriä koskevissa asioissa', dpo: 'Tietosuojavastaava',
         name: 'Rekisterin nimi', content: 'Rekisterin tietosisältö', retention: 'Henkilötietojen säilytysaika',
         security: 'Rekisterin suojauksen periaatteet', consequences: 'Henkilötietojen antamatta jättämisen seuraukset',
         rights: 'Rekisteröidyn oikeudet', changes: 'Selosteen laatiminen ja muutokset'],
    sv: [controller: 'Personuppgiftsansvarig', contact: 'Kontaktpersoner i ärenden som gäller registret', dpo: 'Dataskyddsombud',
         name: 'Registrets namn', content: 'Registrets datainnehåll', retention: 'Förvaringstid för personuppgifterna',
         security: 'Principerna för skydd av registret', consequences: 'Följder av att personuppgifter inte lämnas',
         rights: 'Den registrerades rättigheter', changes: 'Upprättande av och ändringar i dataskyddsbeskrivningen'],
    en: [controller: 'Controller', contact: 'Contact persons for matters concerning the register', dpo: 'Data protection officer',
         name: 'Name of the register', content: 'Data contained in the register', retention: 'Retention period of personal data',
         security: 'Principles of protecting the register', consequences: 'Consequences of not providing personal data',
         rights: 'Rights of the data subject', changes: 'Preparation of and changes to this notice'],
]
def web = [fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website']
def email = [fi: 'Sähköposti', sv: 'E-post', en: 'Email']
def phone = [fi: 'Puhelin', sv: 'Telefon', en: 'Telephone']
def sales = [fi: 'myyntipäällikkö', sv: 'försäljningschef', en: 'sales manager']
def finance = [fi: 'talouspäällikkö', sv: 'ekonomichef', en: 'finance manager']

for (l in langs) {
    def md = "notice.${l}.md"
    def html = "notice.${l}.html"
    // a. a controller reached only by its web address
    assert section(md, heads[l].controller) == "\n- Esimerkkitukku Oy\n- ${web[l]}: https://esimerkkitukku.example/yhteystiedot\n" : section(md, heads[l].controller)
    has(html, "<dt>Esimerkkitukku Oy</dt><dd></dd>\n  <dt>${web[l]}</dt><dd>https://esimerkkitukku.example/yhteystiedot</dd>\n</dl>")
    // two contact persons, <contactPerson> first, then <contactPersons>; titles in the notice's language
    assert section(md, heads[l].contact) == ("\n- Matti Myyjä, ${sales[l]}\n- ${email[l]}: matti.myyja@esimerkkitukku.example\n\n"
            + "* Liisa Laskuttaja, ${finance[l]}\n* ${phone[l]}: 040 555 0123\n* ${web[l]}: https://esimerkkitukku.example/laskutus\n") : section(md, heads[l].contact)
    has(html, "<dl>\n  <dt>Matti Myyjä</dt><dd>${sales[l]}</dd>\n  <dt>${email[l]}</dt><dd>matti.myyja@esimerkkitukku.example</dd>\n</dl>\n"
            + "<dl>\n  <dt>Liisa Laskuttaja</dt><dd>${finance[l]}</dd>\n")
    // no DPO designated: no DPO section
    assert !(read(md) =~ /(?m)^## \d+\. ${heads[l].dpo}$/) : read(md)
    lacks(html, 'id="s-dpo"')
}

// a. the request channel from <rightsRequests>, Markdown with a link, closing the rights section
def requests = [fi: 'Tee pyyntö [verkkolomakkeella](https://esimerkkitukku.example/tietosuojapyynto) tai kirjallisesti yhteyshenkilölle.',
                sv: 'Gör din begäran med [webbformuläret](https://esimerkkitukku.example/tietosuojapyynto) eller skriftligen till kontaktpersonen.',
                en: 'Make your request with the [web form](https://esimerkkitukku.example/tietosuojapyynto) or in writing to the contact person.']
def requestsHtml = [fi: 'Tee pyyntö <a rel="nofollow" href="https://esimerkkitukku.example/tietosuojapyynto">verkkolomakkeella</a> tai kirjallisesti yhteyshenkilölle.',
                    sv: 'Gör din begäran med <a rel="nofollow" href="https://esimerkkitukku.example/tietosuojapyynto">webbformuläret</a> eller skriftligen till kontaktpersonen.',
                    en: 'Make your request with the <a rel="nofollow" href="https://esimerkkitukku.example/tietosuojapyynto">web form</a> or in writing to the contact person.']
for (l in langs) {
    assert section("notice.${l}.md", heads[l].rights).endsWith(".\n\n${requests[l]}\n") : section("notice.${l}.md", heads[l].rights)
    has("notice.${l}.html", "<p>${requestsHtml[l]}</p>\n</section>")
}

// b. the register description, the consequences (Markdown) and the criteria in each language, no Finnish elsewhere
def description = [fi: 'Asiakasyritysten yhteyshenkilöiden tiedot tilauksia, toimituksia ja laskutusta varten.',
                   sv: 'Uppgifter om kundföretagens kontaktpersoner för beställningar, leveranser och fakturering.',
                   en: 'Details of customer companies\' contact persons for orders, deliveries and invoicing.']
def consequences = [fi: 'Ilman yhteystietoja emme voi käsitellä yrityksesi **tilauksia**.',
                    sv: 'Utan kontaktuppgifterna kan vi inte behandla ditt företags **beställningar**.',
                    en: 'Without the contact details we cannot handle your company\'s **orders**.']
def registerName = [fi: 'Asiakasrekisteri', sv: 'Kundregistret', en: 'Customer register']
for (l in langs) {
    assert section("notice.${l}.md", heads[l].name) == "\n${registerName[l]}\n\n${description[l]}\n" : section("notice.${l}.md", heads[l].name)
    assert section("notice.${l}.md", heads[l].consequences) == "\n${consequences[l]}\n" : section("notice.${l}.md", heads[l].consequences)
    has("notice.${l}.html", '<p>' + consequences[l].replaceAll(/\*\*(.+?)\*\*/, '<strong>$1</strong>') + '</p>')
}
for (l in ['sv', 'en']) {
    for (ext in ['md', 'html']) {
        ['myyntipäällikkö', 'talouspäällikkö', 'Asiakasyritysten yhteyshenkilöiden', 'Niin kauan kuin henkilö', 'Seloste laadittu',
         'Laskutuksen yhteyshenkilö lisätty', 'Ilman yhteystietoja', 'verkkolomakkeella', 'Kirjanpitolaki', 'Verkkosivut'].each {
            lacks("notice.${l}.${ext}", it)
        }
    }
}

// c. retention per data category: criteria in each language, and a period with its law
def retention = [
    fi: '\nTietoja säilytetään seuraavasti:\n\n- Perus- ja yksilöintitiedot, Työsuhdetiedot, Yhteystiedot: Niin kauan kuin henkilö toimii asiakasyrityksen yhteyshenkilönä\n'
        + '- Talous- ja laskutustiedot: 10 vuotta tilikauden päättymisestä (perusteena Kirjanpitolaki 1336/1997 2 luku 10 §)\n',
    sv: '\nUppgifterna förvaras enligt följande:\n\n- Bas- och identifieringsuppgifter, Uppgifter om anställningen, Kontaktuppgifter: Så länge personen är kontaktperson för kundföretaget\n'
        + '- Ekonomiska uppgifter och faktureringsuppgifter: 10 år efter räkenskapsperiodens utgång (med stöd av Bokföringslagen 1336/1997 2 kap. 10 §)\n',
    en: '\nThe data are retained as follows:\n\n- Identity data, Employment data, Contact details: As long as the person acts as the customer company\'s contact person\n'
        + '- Financial and billing data: 10 years after the end of the financial year (based on Accounting Act 1336/1997, chapter 2, section 10)\n',
]
for (l in langs) {
    assert section("notice.${l}.md", heads[l].retention) == retention[l] : section("notice.${l}.md", heads[l].retention)
}

// e. "no manual material" in the manual list; access-control (either list) among the electronic ones
def security = [
    fi: '\n**Manuaalinen aineisto**\n\n- Tiedoista ei muodosteta manuaalista aineistoa.\n\n**Sähköisesti käsiteltävät tiedot**\n\n'
        + '- Pääsy tietoihin on rajattu niille, jotka tarvitsevat niitä työtehtävissään.\n- Järjestelmät on suojattu palomuurein.\n- Tiedoista otetaan säännöllisesti varmuuskopiot.\n',
    sv: '\n**Manuellt material**\n\n- Av uppgifterna bildas inget manuellt material.\n\n**Elektroniskt behandlade uppgifter**\n\n'
        + '- Åtkomsten till uppgifterna är begränsad till dem som behöver dem i sina arbetsuppgifter.\n- Systemen skyddas med brandväggar.\n- Uppgifterna säkerhetskopieras regelbundet.\n',
    en: '\n**Manual records**\n\n- No manual (paper) material is formed from the data.\n\n**Electronically processed data**\n\n'
        + '- Access to the data is limited to those who need it for their work.\n- The systems are protected by firewalls.\n- The data are backed up regularly.\n',
]
for (l in langs) {
    assert section("notice.${l}.md", heads[l].security) == security[l] : section("notice.${l}.md", heads[l].security)
}
has('notice.sv.html', '<h3>Manuellt material</h3>\n  <ul>\n    <li>Av uppgifterna bildas inget manuellt material.</li>\n  </ul>')

// g. the data in declaration order, a label with commas as one item
def content = [
    fi: '\n- **Perus- ja yksilöintitiedot**\n  - Nimi\n- **Työsuhdetiedot**\n  - Yritys, tehtävä ja osasto\n- **Yhteystiedot**\n  - Sähköpostiosoite\n  - Puhelinnumero\n- **Talous- ja laskutustiedot**\n  - Tilaus- ja laskutustiedot\n',
    sv: '\n- **Bas- och identifieringsuppgifter**\n  - Namn\n- **Uppgifter om anställningen**\n  - Företag, uppgift och avdelning\n- **Kontaktuppgifter**\n  - E-postadress\n  - Telefonnummer\n- **Ekonomiska uppgifter och faktureringsuppgifter**\n  - Beställnings- och faktureringsuppgifter\n',
    en: '\n- **Identity data**\n  - Name\n- **Employment data**\n  - Company, role and department\n- **Contact details**\n  - E-mail address\n  - Phone number\n- **Financial and billing data**\n  - Order and invoicing details\n',
]
for (l in langs) {
    assert section("notice.${l}.md", heads[l].content).endsWith(content[l]) : section("notice.${l}.md", heads[l].content)
}
has('notice.en.html', '<tr><th scope="row">Employment data</th><td><ul><li>Company, role and department</li></ul></td></tr>')
// the tool's line is on by default, last in every document
def tool = [fi: 'Tuotettu seloste-työkalulla ohjelmakoodin henkilötietomerkinnöistä.',
            sv: 'Framtagen med verktyget seloste utifrån personuppgiftsmarkeringarna i programkoden.',
            en: 'Generated with the seloste tool from the personal-data annotations in the program code.']
for (l in langs) {
    assert read("notice.${l}.md").endsWith("\n\n---\n\n${tool[l]}\n") : read("notice.${l}.md")
    has("notice.${l}.html", "<footer>\n  <p>${tool[l]}</p>\n</footer>")
    has("register.${l}.html", "<footer>\n  <p>${tool[l]}</p>\n</footer>")
}

// h. no <noticeDate>: the latest change dates the notice, in each language's format; never the jar timestamp or today
def changes = [
    fi: '\nSeloste on laadittu 13.2.2026.\nSelostetta päivitetään, kun henkilötietojen käsittely muuttuu.\n\nMuutoshistoria:\n\n- 1.6.2025: Seloste laadittu\n- 13.2.2026: Laskutuksen yhteyshenkilö lisätty\n',
    sv: '\nDataskyddsbeskrivningen har upprättats den 13 februari 2026.\nDataskyddsbeskrivningen uppdateras när behandlingen av personuppgifter ändras.\n\nÄndringshistorik:\n\n- 1 juni 2025: Beskrivningen upprättad\n- 13 februari 2026: Kontaktperson för faktureringen har lagts till\n',
    en: '\nThis notice was drawn up on 13 February 2026.\nThis notice is updated when the processing of personal data changes.\n\nChange history:\n\n- 1 June 2025: Notice drawn up\n- 13 February 2026: Invoicing contact person added\n',
]
def today = LocalDate.now()
for (l in langs) {
    assert section("notice.${l}.md", heads[l].changes).startsWith(changes[l]) : section("notice.${l}.md", heads[l].changes)
    lacks("notice.${l}.md", '2024')   // project.build.outputTimestamp is 2024-01-02
    if (![LocalDate.of(2026, 2, 13), LocalDate.of(2025, 6, 1)].contains(today)) { // a run on a configured date could not tell them apart
        lacks("notice.${l}.md", "${today.dayOfMonth}.${today.monthValue}.${today.year}")
    }
}
has('notice.fi.html', '<p>Seloste on laadittu 13.2.2026.</p>')

// i. the record shows every contact: the controller's web address and both contact persons; no DPO
def csv = read('register.csv')
assert csv.contains(',"Esimerkkitukku Oy, https://esimerkkitukku.example/yhteystiedot","Matti Myyjä, myyntipäällikkö, '
        + 'matti.myyja@esimerkkitukku.example; Liisa Laskuttaja, talouspäällikkö, 040 555 0123, https://esimerkkitukku.example/laskutus",\n') : csv
for (l in langs) {
    has("register.${l}.html", "<dt>Esimerkkitukku Oy</dt><dd></dd>\n  <dt>${web[l]}</dt><dd>https://esimerkkitukku.example/yhteystiedot</dd>")
    has("register.${l}.html", "<dt>Matti Myyjä</dt><dd>${sales[l]}</dd>\n  <dt>${email[l]}</dt><dd>matti.myyja@esimerkkitukku.example</dd>\n</dl>\n"
            + "<dl>\n  <dt>Liisa Laskuttaja</dt><dd>${finance[l]}</dd>\n  <dt>${phone[l]}</dt><dd>040 555 0123</dd>\n"
            + "  <dt>${web[l]}</dt><dd>https://esimerkkitukku.example/laskutus</dd>\n</dl>")
}
return true
