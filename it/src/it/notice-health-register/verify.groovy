// Issue 15: a medical centre's patient and feedback registers, written as real Finnish notices in fi/sv/en.
import java.time.LocalDate

def out = new File(basedir, 'target/seloste')
def read = { String name -> new File(out, name).getText('UTF-8') }
def has = { String name, String part -> def text = read(name); assert text.contains(part) : "$name lacks <$part>:\n$text" }
def lacks = { String name, String part -> def text = read(name); assert !text.contains(part) : "$name must not say <$part>:\n$text" }
// the Markdown section under a heading ("## 16. Rekisteröidyn oikeudet"), up to the next section
def section = { String name, String heading ->
    def text = read(name)
    def start = text =~ /(?m)^## \d+\. ${java.util.regex.Pattern.quote(heading)}\n/
    assert start.find() : "$name has no section <$heading>:\n$text"
    def rest = text.substring(start.end())
    def next = rest.indexOf('\n## ')
    return next < 0 ? rest : rest.substring(0, next) // ends with its last line's \n
}
def inSection = { String name, String heading, String part ->
    def body = section(name, heading); assert body.contains(part) : "$name, section <$heading>, lacks <$part>:\n$body"
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'

def langs = ['fi', 'sv', 'en']
def heads = [
    fi: [contact: 'Yhteyshenkilöt rekisteriä koskevissa asioissa', dpo: 'Tietosuojavastaava', name: 'Rekisterin nimi',
         content: 'Rekisterin tietosisältö', retention: 'Henkilötietojen säilytysaika', security: 'Rekisterin suojauksen periaatteet',
         cookies: 'Evästeet', rights: 'Rekisteröidyn oikeudet', changes: 'Selosteen laatiminen ja muutokset'],
    sv: [contact: 'Kontaktpersoner i ärenden som gäller registret', dpo: 'Dataskyddsombud', name: 'Registrets namn',
         content: 'Registrets datainnehåll', retention: 'Förvaringstid för personuppgifterna',
         security: 'Principerna för skydd av registret', cookies: 'Kakor (cookies)', rights: 'Den registrerades rättigheter',
         changes: 'Upprättande av och ändringar i dataskyddsbeskrivningen'],
    en: [contact: 'Contact persons for matters concerning the register', dpo: 'Data protection officer', name: 'Name of the register',
         content: 'Data contained in the register', retention: 'Retention period of personal data',
         security: 'Principles of protecting the register', cookies: 'Cookies', rights: 'Rights of the data subject',
         changes: 'Preparation of and changes to this notice'],
]

// a. two contact persons (a named one with a title in each language, and a shared mailbox), a DPO known only by a mailbox;
// the second contact's bullet differs, so a Markdown reader sees two lists, not the mailbox as the person's address
def titles = [fi: 'vastaava lääkäri', sv: 'ansvarig läkare', en: 'medical director']
def email = [fi: 'Sähköposti', sv: 'E-post', en: 'Email']
def phone = [fi: 'Puhelin', sv: 'Telefon', en: 'Telephone']
for (l in langs) {
    for (r in ['patients', 'feedback']) {
        def md = "notice-${r}.${l}.md"
        assert section(md, heads[l].contact) == ("\n- Eeva Esimerkki, ${titles[l]}\n- ${phone[l]}: 02 555 0101\n\n"
                + "* ${email[l]}: rekisteriasiat@laakarikeskus.example\n") : section(md, heads[l].contact)
        assert section(md, heads[l].dpo) == "\n- ${email[l]}: tietosuoja@laakarikeskus.example\n" : section(md, heads[l].dpo)
        def html = "notice-${r}.${l}.html"
        has(html, "<dt>Eeva Esimerkki</dt><dd>${titles[l]}</dd>")
        has(html, "</dl>\n<dl>\n  <dt>${email[l]}</dt><dd>rekisteriasiat@laakarikeskus.example</dd>\n</dl>")
    }
}
// the request channel, requests.<lang>.md, closes the rights section in every language
def requests = [fi: 'Lähetä oikeuksiasi koskeva pyyntö kirjallisesti ja allekirjoitettuna rekisteriasioiden yhteyshenkilölle tai asioi\nhenkilökohtaisesti lääkärikeskuksen vastaanotossa.',
                sv: 'Skicka en begäran som gäller dina rättigheter skriftligen och undertecknad till kontaktpersonen i registerärenden\neller besök läkarcentralens mottagning personligen.',
                en: 'Send a request concerning your rights in writing and signed to the contact person for register matters, or visit\nthe medical centre\'s reception in person.']
for (l in langs) {
    inSection("notice-patients.${l}.md", heads[l].rights, requests[l] + '\n')
    has("notice-patients.${l}.html", '<p>' + requests[l] + '</p>\n</section>')   // CommonMark's HTML keeps the apostrophe
    // the default sentence is replaced, not added to
    lacks("notice-patients.${l}.md", ['fi': 'Lähetä oikeuksiasi koskevat pyynnöt', 'sv': 'Skicka begäranden', 'en': 'Send requests concerning'][l])
}

// b. every text in its own language: register description, criteria, change descriptions, text files
def description = [fi: 'Potilasrekisteriin kirjataan lääkärikeskuksen potilaiden hoitoa koskevat tiedot.',
                   sv: 'I patientregistret antecknas uppgifterna om vården av läkarcentralens patienter.',
                   en: 'The patient register holds the records of the care of the medical centre\'s patients.']
def registerName = [fi: 'Potilasrekisteri', sv: 'Patientregistret', en: 'Patient register']
for (l in langs) {
    assert section("notice-patients.${l}.md", heads[l].name) == "\n${registerName[l]}\n\n${description[l]}\n" : section("notice-patients.${l}.md", heads[l].name)
    has("notice-patients.${l}.html", "<p>${registerName[l]}</p>\n  <p>${description[l].replace("'", '&#39;')}</p>")
}
// no Finnish in the Swedish and English notices, except proper names
for (l in ['sv', 'en']) {
    for (r in ['patients', 'feedback']) {
        for (ext in ['md', 'html']) {
            ['vastaava lääkäri', 'Potilasrekisteriin kirjataan', 'Niin kauan kuin huoltajuus', 'Seloste laadittu',
             'Asiakaspalaute lisätty', 'välttämättömiä', 'Lähetä oikeuksiasi', 'Oikeus saada tieto lokitiedoista',
             'Voit pyytää tiedon', 'Tiloihin on kulunvalvonta', 'Huoltajan yhteystiedot', 'Pituus, paino'].each {
                lacks("notice-${r}.${l}.${ext}", it)
            }
        }
    }
}

// c. the patient-records decree's composite rule, per data category with its law; another rule on its own line
def retention = [
    fi: '\nTietoja säilytetään seuraavasti:\n\n'
        + '- Perus- ja yksilöintitiedot, Henkilötunnus, Yhteystiedot (Puhelinnumero, Osoite), Terveystiedot: 12 vuotta rekisteröidyn '
        + 'kuolemasta tai, jos ajankohta ei ole tiedossa, 120 vuotta rekisteröidyn syntymästä (perusteena Sosiaali- ja '
        + 'terveysministeriön asetus potilasasiakirjoista 94/2022)\n'
        + '- Yhteystiedot (Huoltajan yhteystiedot): Niin kauan kuin huoltajuus on voimassa\n',
    sv: '\nUppgifterna förvaras enligt följande:\n\n'
        + '- Bas- och identifieringsuppgifter, Personbeteckning, Kontaktuppgifter (Telefonnummer, Adress), Hälsouppgifter: 12 år efter '
        + 'den registrerades död eller, om tidpunkten inte är känd, 120 år från den registrerades födelse (med stöd av Social- och '
        + 'hälsovårdsministeriets förordning om journalhandlingar 94/2022)\n'
        + '- Kontaktuppgifter (Vårdnadshavarens kontaktuppgifter): Så länge vårdnaden gäller\n',
    en: '\nThe data are retained as follows:\n\n'
        + '- Identity data, Personal identity code, Contact details (Phone number, Address), Health data: 12 years after the data '
        + 'subject\'s death or, where that date is not known, 120 years from the data subject\'s birth (based on Decree of the '
        + 'Ministry of Social Affairs and Health on Patient Records 94/2022)\n'
        + '- Contact details (Guardian\'s contact details): As long as the guardianship lasts\n',
]
for (l in langs) {
    assert section("notice-patients.${l}.md", heads[l].retention) == retention[l] : section("notice-patients.${l}.md", heads[l].retention)
}
has('notice-patients.en.html', '<tr><td>Identity data, Personal identity code, Contact details (Phone number, Address), Health data</td>'
        + '<td>12 years after the data subject&#39;s death or, where that date is not known, 120 years from the data subject&#39;s birth '
        + '(based on Decree of the Ministry of Social Affairs and Health on Patient Records 94/2022)</td></tr>')
has('notice-patients.sv.html', '<tr><td>Kontaktuppgifter (Vårdnadshavarens kontaktuppgifter)</td><td>Så länge vårdnaden gäller</td></tr>')
has('notice-feedback.fi.md', '\n- Yhteystiedot, Viestinnän sisältö: 5 vuotta tietojen keräämisestä\n')

// d. rights added by the organisation, in the rights section: the Kanta one for the patient register only
def kanta = [fi: '- **Oikeus kieltää tietojen luovuttaminen Kanta-palvelujen kautta.** Voit kieltää potilastietojesi luovuttamisen Kanta-palvelujen kautta muille terveydenhuollon toimintayksiköille.\n',
             sv: '- **Rätt att förbjuda utlämnande av uppgifter via Kanta-tjänsterna.** Du kan förbjuda att dina patientuppgifter lämnas ut via Kanta-tjänsterna till andra verksamhetsenheter inom hälso- och sjukvården.\n',
             en: '- **Right to prohibit disclosure through the Kanta Services.** You can prohibit the disclosure of your patient data through the Kanta Services to other health-care providers.\n']
def logs = [fi: '- **Oikeus saada tieto lokitiedoista.** Voit pyytää tiedon siitä, kuka on käyttänyt tai katsellut tietojasi ja milloin (laki 703/2023).\n',
            sv: '- **Rätt att få uppgifter ur loggarna.** Du kan begära uppgifter om vem som har använt eller sett dina uppgifter och när (lag 703/2023).\n',
            en: '- **Right to information from the log data.** You can ask who has used or viewed your data, and when (Act 703/2023).\n']
for (l in langs) {
    inSection("notice-patients.${l}.md", heads[l].rights, kanta[l] + logs[l])   // after the GDPR's rights, in this order
    inSection("notice-feedback.${l}.md", heads[l].rights, logs[l])
    lacks("notice-feedback.${l}.md", 'Kanta')
    lacks("notice-feedback.${l}.html", 'Kanta')
}
has('notice-patients.en.html', '<dt>Right to prohibit disclosure through the Kanta Services</dt><dd>You can prohibit the disclosure of your patient data through the Kanta Services to other health-care providers.</dd>\n'
        + '    <dt>Right to information from the log data</dt><dd>You can ask who has used or viewed your data, and when (Act 703/2023).</dd>\n  </dl>')
has('notice-feedback.sv.html', '<dt>Rätt att få uppgifter ur loggarna</dt>')

// e. the security vocabulary, each key in its list
def security = [
    fi: '\n**Manuaalinen aineisto**\n\n- Tiloihin on kulunvalvonta.\n- Henkilöstö koulutetaan tietosuojaan ja tietoturvaan.\n- Henkilöstöä sitoo vaitiolovelvollisuus.\n\n'
        + '**Sähköisesti käsiteltävät tiedot**\n\n- Jokaisella käyttäjällä on henkilökohtainen käyttäjätunnus ja salasana.\n'
        + '- Tietojen käsittelystä kirjataan lokitiedot, joita valvotaan.\n- Henkilöstö koulutetaan tietosuojaan ja tietoturvaan.\n- Henkilöstöä sitoo vaitiolovelvollisuus.\n',
    sv: '\n**Manuellt material**\n\n- Lokalerna har passerkontroll.\n- Personalen utbildas i dataskydd och informationssäkerhet.\n- Personalen har tystnadsplikt.\n\n'
        + '**Elektroniskt behandlade uppgifter**\n\n- Varje användare har ett personligt användarnamn och lösenord.\n'
        + '- Behandlingen av uppgifterna loggas och loggarna övervakas.\n- Personalen utbildas i dataskydd och informationssäkerhet.\n- Personalen har tystnadsplikt.\n',
    en: '\n**Manual records**\n\n- The premises have physical access control.\n- Staff are trained in data protection and information security.\n- Staff are bound by a duty of confidentiality.\n\n'
        + '**Electronically processed data**\n\n- Each user has a personal username and password.\n'
        + '- Processing of the data is logged and the logs are monitored.\n- Staff are trained in data protection and information security.\n- Staff are bound by a duty of confidentiality.\n',
]
for (l in langs) {
    assert section("notice-patients.${l}.md", heads[l].security) == security[l] : section("notice-patients.${l}.md", heads[l].security)
}
has('notice-patients.en.html', '<h3>Manual records</h3>\n  <ul>\n    <li>The premises have physical access control.</li>')

// f. cookies.<lang>.md as Markdown: paragraphs, bold, a list and a link stay; the <script> is text in both notices
def cookies = [
    fi: ['Ajanvarauspalvelu käyttää vain **välttämättömiä** evästeitä.', 'Evästeet ovat:', '- istuntoeväste, joka pitää varauksen auki\n- kieliasetus',
         'Lue lisää [evästeistä](https://laakarikeskus.example/evasteet). \\<script\\>alert(\'eväste\')\\</script\\>'],
    sv: ['Tidsbokningstjänsten använder endast **nödvändiga** kakor.', 'Kakorna är:', '- en sessionskaka som håller bokningen öppen\n- språkinställningen',
         'Läs mer om [kakor](https://laakarikeskus.example/kakor). \\<script\\>alert(\'kaka\')\\</script\\>'],
    en: ['The booking service uses only **necessary** cookies.', 'The cookies are:', '- a session cookie that keeps the booking open\n- the language setting',
         'Read more about [cookies](https://laakarikeskus.example/cookies). \\<script\\>alert(\'cookie\')\\</script\\>'],
]
for (l in langs) {
    assert section("notice-patients.${l}.md", heads[l].cookies) == '\n' + cookies[l].join('\n\n') + '\n' : section("notice-patients.${l}.md", heads[l].cookies)
}
has('notice-patients.en.html', '<p>The booking service uses only <strong>necessary</strong> cookies.</p>\n<p>The cookies are:</p>\n<ul>\n'
        + '<li>a session cookie that keeps the booking open</li>\n<li>the language setting</li>\n</ul>\n'
        + '<p>Read more about <a rel="nofollow" href="https://laakarikeskus.example/cookies">cookies</a>. &lt;script&gt;alert(\'cookie\')&lt;/script&gt;</p>')
has('notice-patients.fi.html', '<strong>välttämättömiä</strong>')
has('notice-patients.sv.html', '<a rel="nofollow" href="https://laakarikeskus.example/kakor">kakor</a>. &lt;script&gt;alert(\'kaka\')&lt;/script&gt;')
for (l in langs) {
    for (r in ['patients', 'feedback']) {
        lacks("notice-${r}.${l}.html", '<script')
        def md = read("notice-${r}.${l}.md")
        assert !(md =~ /(?<!\\)<\/?script/) : "notice-${r}.${l}.md has an unescaped <script>:\n$md"
    }
}

// g. presentation: the data in declaration order, each label one list item (even with a comma), no "X: X"
def content = [
    fi: '- **Perus- ja yksilöintitiedot**\n  - Etu- ja sukunimi\n- **Henkilötunnus**\n- **Yhteystiedot**\n  - Puhelinnumero\n  - Osoite\n'
        + '  - Huoltajan yhteystiedot\n- **Terveystiedot**\n  - Pituus, paino ja verenpaine\n  - Hoitomerkinnät\n',
    sv: '- **Bas- och identifieringsuppgifter**\n  - För- och efternamn\n- **Personbeteckning**\n- **Kontaktuppgifter**\n  - Telefonnummer\n  - Adress\n'
        + '  - Vårdnadshavarens kontaktuppgifter\n- **Hälsouppgifter**\n  - Längd, vikt och blodtryck\n  - Vårdanteckningar\n',
    en: '- **Identity data**\n  - First and last name\n- **Personal identity code**\n- **Contact details**\n  - Phone number\n  - Address\n'
        + '  - Guardian\'s contact details\n- **Health data**\n  - Height, weight and blood pressure\n  - Entries about care\n',
]
for (l in langs) {
    inSection("notice-patients.${l}.md", heads[l].content, content[l])
}
lacks('notice-patients.fi.md', 'Henkilötunnus: Henkilötunnus')
lacks('notice-patients.fi.md', '  - Henkilötunnus\n')
has('notice-patients.en.html', '<tr><th scope="row">Personal identity code</th><td></td></tr>')
has('notice-patients.en.html', '<tr><th scope="row">Health data</th><td><ul><li>Height, weight and blood pressure</li><li>Entries about care</li></ul></td></tr>')
// the draft stamp names the build configuration, not a building decree
def stamp = [fi: '> **LUONNOS – tarkistettava ennen julkaisemista.** Tämä asiakirja on koottu automaattisesti ohjelmakoodin henkilötietomerkinnöistä ja ohjelmiston käännösmäärityksiin (Maven-projektin asetuksiin) kirjatuista organisaation tiedoista.',
             sv: '> **UTKAST – ska granskas före publicering.** Detta dokument har sammanställts automatiskt utifrån personuppgiftsmarkeringarna i programkoden och de uppgifter om organisationen som angetts i programvarans byggkonfiguration (Maven-projektets inställningar).',
             en: '> **DRAFT – to be reviewed before publication.** This document was compiled automatically from the personal-data annotations in the program code and the organisation details entered in the software\'s build configuration (the Maven project settings).']
for (l in langs) {
    has("notice-patients.${l}.md", stamp[l])
    for (ext in ['md', 'html']) {
        lacks("notice-patients.${l}.${ext}", 'rakennusasetu')
    }
}
// <footer>false</footer>: no tool line in any document
for (l in langs) {
    lacks("notice-patients.${l}.md", '\n---\n')
    def tool = [fi: 'seloste-työkalulla', sv: 'verktyget seloste', en: 'the seloste tool'][l]
    for (doc in ["notice-patients.${l}.md", "notice-patients.${l}.html", "notice-feedback.${l}.md", "register.${l}.html"]) {
        lacks(doc, tool)
    }
    lacks("notice-patients.${l}.html", '<footer')
    lacks("register.${l}.html", '<footer')
}
lacks('notice-patients.fi.md', 'Tuotettu seloste-työkalulla')
lacks('notice-patients.en.html', 'Generated with the seloste tool')

// g, h. dates in each language's format; the notice date is <noticeDate>, not the latest change, the jar timestamp or today
def changes = [
    fi: '\nSeloste on laadittu 5.3.2026.\nSelostetta päivitetään, kun henkilötietojen käsittely muuttuu.\n\nMuutoshistoria:\n\n- 20.11.2025: Seloste laadittu\n- 13.2.2026: Asiakaspalaute lisätty\n',
    sv: '\nDataskyddsbeskrivningen har upprättats den 5 mars 2026.\nDataskyddsbeskrivningen uppdateras när behandlingen av personuppgifter ändras.\n\nÄndringshistorik:\n\n- 20 november 2025: Beskrivningen upprättad\n- 13 februari 2026: Kundresponsen har lagts till\n',
    en: '\nThis notice was drawn up on 5 March 2026.\nThis notice is updated when the processing of personal data changes.\n\nChange history:\n\n- 20 November 2025: Notice drawn up\n- 13 February 2026: Customer feedback added\n',
]
for (l in langs) {
    assert section("notice-patients.${l}.md", heads[l].changes) == changes[l] : section("notice-patients.${l}.md", heads[l].changes)
}
has('notice-feedback.en.html', '<p>This notice was drawn up on 5 March 2026.</p>')
has('notice-feedback.sv.html', '<li>20 november 2025: Beskrivningen upprättad</li>')
def today = LocalDate.now()
for (l in langs) {
    for (r in ['patients', 'feedback']) {
        lacks("notice-${r}.${l}.md", '2024')   // project.build.outputTimestamp is 2024-06-30
        if (![LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 13), LocalDate.of(2025, 11, 20)].contains(today)) { // a run on a configured date could not tell them apart
            lacks("notice-${r}.${l}.md", "${today.dayOfMonth}.${today.monthValue}.${today.year}")
        }
    }
}

// i. the record shows every contact: the controller's details, both contact persons, the DPO
def csv = read('register.csv')
def expectCsv = { String part -> assert csv.contains(part) : "register.csv lacks <$part>:\n$csv" }
expectCsv(',Rekisterinpitäjä,Yhteyshenkilöt,Tietosuojavastaava\n')
expectCsv(',"Lääkärikeskus Esimerkki Oy, 2468135-7, Esimerkkikatu 18, 26100 Rauma, 02 555 0100",'
        + '"Eeva Esimerkki, vastaava lääkäri, 02 555 0101; rekisteriasiat@laakarikeskus.example",tietosuoja@laakarikeskus.example\n')
assert csv.readLines().size() == 3 : csv
for (l in langs) {
    has("register.${l}.html", "<dt>Eeva Esimerkki</dt><dd>${titles[l]}</dd>\n  <dt>${phone[l]}</dt><dd>02 555 0101</dd>\n</dl>\n<dl>\n"
            + "  <dt>${email[l]}</dt><dd>rekisteriasiat@laakarikeskus.example</dd>\n</dl>")
    has("register.${l}.html", "<dl>\n  <dt>${email[l]}</dt><dd>tietosuoja@laakarikeskus.example</dd>\n</dl>")
    has("register.${l}.html", "<dt>Lääkärikeskus Esimerkki Oy</dt><dd></dd>\n  <dt>${['fi': 'Y-tunnus', 'sv': 'FO-nummer', 'en': 'Business ID'][l]}</dt><dd>2468135-7</dd>")
}
return true
