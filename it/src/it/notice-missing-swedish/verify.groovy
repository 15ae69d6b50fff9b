// Issue 15: every free text needs its Swedish form; each missing one is named with what to add, in one failure.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>:\n$log" }
assert !log.contains('threw an uncaught exception')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'no stack trace'

// collected, then one failure: exactly the ten Swedish texts the project leaves out, and nothing about fi or en
expect('on project notice-missing-swedish: 10 problems found by seloste:\n')
[
    // the register description (@Register in com/example/care/package-info.java)
    '[SELOSTE-M210] the register description \'patients\' has no \'sv\' text. Add it: @Register(descriptionSv = "...")',
    // a field label, with its file and line
    '[SELOSTE-M210] the label of field \'com.example.care.Patient.phone\' has no \'sv\' text. Add it: @PersonalData(labelSv = "...") in com/example/care/Patient.java:15',
    // the composite retention rule's law (set by the package's @PersonalDataDefaults) and a field's retention
    // criteria, each with the first field that uses the rule, its file and line
    '[SELOSTE-M210] the retention law \'Sosiaali- ja terveysministeriön asetus potilasasiakirjoista 94/2022\' has no \'sv\' text. Add it: @PersonalData(retentionLawSv = "...") or @PersonalDataDefaults(retentionLawSv = "..."), where the retention of com.example.care.Patient.fullName is declared (com/example/care/Patient.java:11)',
    '[SELOSTE-M210] the retention criteria \'Niin kauan kuin huoltajuus on voimassa\' has no \'sv\' text. Add it: @PersonalData(retentionCriteriaSv = "...") or @PersonalDataDefaults(retentionCriteriaSv = "..."), where the retention of com.example.care.Patient.guardianContact is declared (com/example/care/Patient.java:18)',
    // the added right's title and text
    '[SELOSTE-M210] the additional right \'Oikeus kieltää tietojen luovuttaminen Kanta-palvelujen kautta\' has no \'sv\' text. Add it: <additionalRights><right><title><sv>...</sv></title><text><sv>...</sv></text></right></additionalRights>',
    '[SELOSTE-M210] the text of additional right \'Oikeus kieltää tietojen luovuttaminen Kanta-palvelujen kautta\' has no \'sv\' text. Add it: <additionalRights><right><title><sv>...</sv></title><text><sv>...</sv></text></right></additionalRights>',
    // the change description, the contact person's and the mailbox DPO's titles
    '[SELOSTE-M210] the change of \'2026-02-13\' has no \'sv\' text. Add it: <changes><change><descriptionSv>...</descriptionSv></change></changes>',
    '[SELOSTE-M210] the title of <contactPerson> \'Eeva Esimerkki\' has no \'sv\' text. Add it: <contactPerson><titleSv>...</titleSv></contactPerson>',
    '[SELOSTE-M210] the title of <dpo> \'tietosuoja@laakarikeskus.example\' has no \'sv\' text. Add it: <dpo><titleSv>...</titleSv></dpo>',
    // the text file: cookies.fi.md and cookies.en.md exist, cookies.sv.md does not
    '[SELOSTE-M210] the organisation text \'cookies\' has no \'sv\' text. Add it: <cookies><sv>...</sv></cookies> or the file cookies.sv.md in <textDirectory>',
].each { expect('[ERROR] ' + it + '\n') }
assert !log.contains("has no 'en' text") && !log.contains("has no 'fi' text") : log
// nothing is written when a notice would be incomplete
assert !new File(basedir, 'target/seloste').exists()
return true
