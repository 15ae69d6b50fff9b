def logs = new File(basedir, 'build.log').getText('UTF-8')
// build.log holds the three invocations one after the other
def runs = logs.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD') }
assert runs.size() == 3 : "three invocations in build.log, found ${runs.size()}"
def (byDefault, strict, declared) = runs
def message = 'SupportTicket.java:[31,20] [SELOSTE-P150] SupportTicket.message looks like personal data: its name contains "message" ' +
        '(free text written by or about a person), and SupportTicket is a record about a person (its field customerEmail is ' +
        'declared personal data), but has neither @PersonalData nor @NotPersonalData.'
def notes = 'SupportTicket.java:[33,20] [SELOSTE-P150] SupportTicket.notes looks like personal data: its name contains "notes" ' +
        '(free text written by or about a person), and SupportTicket is a record about a person (its field customerEmail is ' +
        'declared personal data), but has neither @PersonalData nor @NotPersonalData.'
def priority = 'SupportTicket.java:[35,17] [SELOSTE-P152] SupportTicket.priority says neither whether it is personal data nor ' +
        'that it is not, and strict mode (-Aseloste.undeclared=strict) asks every stored field of SupportTicket to say so, ' +
        'because it holds personal data (customerEmail is declared personal data).'
def seloste = { String run -> (run =~ /\[SELOSTE-P\d{3}\] SupportTicket\.\w+/).collect { it }.unique() }

// 1: default mode, the detector's verdicts: message and notes, nothing else
assert byDefault.contains(message) : byDefault
assert byDefault.contains(notes) : byDefault
assert seloste(byDefault) == ['[SELOSTE-P150] SupportTicket.message', '[SELOSTE-P150] SupportTicket.notes'] : seloste(byDefault)
assert byDefault.contains('BUILD FAILURE')

// 2: strict mode names both, and priority, which the detector leaves alone
assert strict.contains(message) : strict
assert strict.contains(notes) : strict
assert strict.contains(priority) : strict
assert seloste(strict) == ['[SELOSTE-P150] SupportTicket.message', '[SELOSTE-P150] SupportTicket.notes',
        '[SELOSTE-P152] SupportTicket.priority'] : seloste(strict)
assert strict.contains('BUILD FAILURE')

// 3: strict mode with the three declared passes: id, version and createdAt never need an annotation
assert seloste(declared) == [] : seloste(declared)
assert declared.contains('BUILD SUCCESS')

// in no run is the key, the version or the audit timestamp reported
['id', 'version', 'createdAt'].each { field ->
    assert !logs.contains("SupportTicket.${field} ") : "SupportTicket.${field} was reported"
}
assert !logs.contains('threw an uncaught exception')
return true
