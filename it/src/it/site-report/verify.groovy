def expect = { String text, String part -> assert text.contains(part) : "missing <$part> in:\n$text" }
def site = new File(basedir, 'target/site')
def page = new File(site, 'seloste.html').getText('UTF-8')
expect(page, 'Record of processing activities')
expect(page, 'Testiklinikka Oy (1234567-1)')
expect(page, 'Asiakaspalvelu-chatin rekisteri')                     // the register
expect(page, 'Asiakkaiden kysymyksiin vastaaminen')                 // a purpose
expect(page, 'legitimate interests of the controller (Article 6(1)(f))')
expect(page, 'IP-osoite')                                            // a field
expect(page, '90 days from collection')                            // its retention, in the page's language
expect(page, 'com.example.chat.ChatConversation#ipAddress')
expect(page, 'href="seloste/notice.fi.html"')
assert new File(site, 'seloste/notice.fi.html').getText('UTF-8').contains('<h1>Tietosuojaseloste: Asiakaspalvelu-chatin rekisteri</h1>')
true
