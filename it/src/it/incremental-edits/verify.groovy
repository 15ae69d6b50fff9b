import groovy.json.JsonSlurper

// The index after each step is in steps/N/META-INF/seloste/personal-data.json (steps/N is the class output right
// after that step's compile, file times kept); build.log holds all twelve builds, each starting with its
// "=== seloste-it step N" line.
//
// Why this fails if the processor stopped merging with the previous index: step 2 hands javac only Customer.java
// (asserted below from the compiler's "Compiling 1 source file" line and from the class files' times), so a processor
// that wrote the index from the classes of the current compilation alone would leave only Customer's fields: the
// exact set expected in step 2 misses Order, Ticket and Note, and seloste:generate in the same build fails with
// SELOSTE-M307 (classes whose bytecode carries @PersonalData are missing from the index), which breaks
// invoker.buildResult.2. Step 4 (only Purposes.java compiled) would leave no field at all. The other ways to merge
// wrongly are caught too: keeping the old entries of a recompiled class (step 3: Customer.email would stay), and
// keeping the entries of a class whose class file is gone (step 7: Ticket's would stay).

def slurper = new JsonSlurper()
def steps = new File(basedir, 'steps')
def log = new File(basedir, 'build.log').getText('UTF-8')
final String PKG = 'com.example.shop.'

// --- build.log, split per step ---------------------------------------------------------------------------------------
def markers = (log =~ /(?m)^.*=== seloste-it step (\d+):.*$/)
def starts = []
while (markers.find()) {
    starts << [step: markers.group(1) as int, at: markers.start()]
}
assert starts && starts*.step == (1..starts.size()).toList() : "the builds ran out of order: ${starts*.step}"
Map<Integer, String> chunks = [:]
starts.eachWithIndex { s, i -> chunks[s.step] = log.substring(s.at, i + 1 < starts.size() ? starts[i + 1].at : log.length()) }

// Signs of a crash, never expected in any build.
def crashes = ['threw an uncaught exception', 'Exception in thread', 'An exception has occurred in the compiler',
               '[SELOSTE-P9', 'Attempt to reopen', 'Attempt to recreate',
               'Implicitly compiled files were not subject to annotation processing']
// Exceptions named in the log. The IT's local repository has no checksums, so Maven warns with a trace when it first
// fetches a plugin from it; step 6's expected failure is printed with its trace (the invoker passes -e). Nothing else.
def benign = ['org.eclipse.aether.transfer.ChecksumFailureException']
def expectedFailure = ['org.apache.maven.lifecycle.LifecycleExecutionException', 'org.apache.maven.plugin.MojoFailureException']
def named = { String text -> (text =~ /\b(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b/).collect { it } as Set }
def noCrash = { String where, String text -> crashes.each { assert !text.contains(it) : "$where: the log contains <$it>:\n$text" } }
def noException = { String where, String text, List allowed ->
    def unexpected = named(text) - allowed
    assert unexpected.isEmpty() : "$where: the log names ${unexpected}:\n$text"
}
noCrash('before step 1', log.substring(0, starts[0].at))
noException('before step 1', log.substring(0, starts[0].at), benign)

/**
 * Runs the checks of one step. The invoker runs this script even when a build ended otherwise than invoker.properties
 * expects and stopped the later ones: the steps that ran are checked first, then this names the one that broke.
 */
def step = { int n, Closure checks ->
    if (!chunks.containsKey(n)) {
        int last = starts*.step.max()
        def errors = chunks[last].readLines().findAll { it.startsWith('[ERROR] [SELOSTE') || it.startsWith('[ERROR] Failed') }
        assert false : "step $n did not run: the build of step $last ended otherwise than invoker.properties expects:\n" +
                errors.join('\n')
    }
    noCrash("step $n", chunks[n])
    checks()
    assert chunks[n].contains(n in [6, 8] ? 'BUILD FAILURE' : 'BUILD SUCCESS') : "step $n:\n${chunks[n]}"
    assert n in [6, 8] || !chunks[n].contains('[SELOSTE-M3') : "step $n: seloste found the index inconsistent:\n${chunks[n]}"
    noException("step $n", chunks[n], n in [6, 8] ? benign + expectedFailure : benign)
}

/** What the compiler did in a step: the number of sources of each compile run, 0 for "Nothing to compile". */
def compiles = { int n ->
    def runs = []
    (chunks[n] =~ /(?m)^\[INFO\] (?:Compiling (\d+) source files? with javac|(Nothing to compile - all classes are up to date))/).each {
        runs << (it[1] != null ? (it[1] as int) : 0)
    }
    runs
}

// --- the snapshots ---------------------------------------------------------------------------------------------------
def indexFile = { String n -> new File(steps, "$n/META-INF/seloste/personal-data.json") }
def index = { String n ->
    def file = indexFile(n)
    assert file.isFile() : "step $n left no index"
    slurper.parse(file, 'UTF-8')
}
/** The index entries as SimpleClass.field, each checked to be in the test's package. */
def entries = { String n ->
    index(n).fields.collect {
        assert it.className.startsWith(PKG) : it.className
        it.className.substring(PKG.length()) + '.' + it.field
    } as SortedSet
}
def entry = { String n, String key -> index(n).fields.find { it.className.substring(PKG.length()) + '.' + it.field == key } }
def fieldsOf = { String n, String simpleClass -> index(n).fields.findAll { it.className == PKG + simpleClass } }
def classFiles = { String n -> (new File(steps, "$n/com/example/shop").list() as List).sort() }
def stamp = { String n, String file -> new File(steps, "$n/com/example/shop/$file").lastModified() }
def bytes = { String n -> indexFile(n).bytes }
def purposes = { String n -> index(n).purposes.collectEntries { [(it.key): it.texts.fi] } }
def expectEntries = { String n, List<String> expected ->
    def actual = entries(n)
    assert actual == (expected as SortedSet) : "step $n: the index holds $actual, expected ${expected.sort()}"
}
def catalogueBefore = ['orders': 'Tilausten käsittely ja toimittaminen', 'support': 'Asiakastuki']
def catalogueAfter = ['orders': 'Tilausten käsittely ja toimittaminen', 'support': 'Asiakastuki ja reklamaatioiden käsittely']

step(1) { // clean build
    assert compiles(1) == [5]
    expectEntries('1', ['Customer.email', 'Customer.name', 'Note.author', 'Order.deliveryAddress', 'Ticket.description',
            'Ticket.reporterName'])
    assert index('1').mode == 'catalogue'
    assert purposes('1') == catalogueBefore
    assert entry('1', 'Customer.name').retention.period == 'P1Y'
}

step(2) { // Customer edited; javac gets Customer.java only
    assert compiles(2) == [1] : 'per-file mode: only the edited source is compiled'
    ['Note.class', 'Order.class', 'Purposes.class', 'Ticket.class'].each {
        assert stamp('2', it) == stamp('1', it) : "step 2 rewrote $it, so it compiled more than Customer.java"
    }
    assert stamp('2', 'Customer.class') > stamp('1', 'Customer.class')
    expectEntries('2', ['Customer.email', 'Customer.name', 'Customer.phone', 'Note.author', 'Order.deliveryAddress',
            'Ticket.description', 'Ticket.reporterName'])
    assert entry('2', 'Customer.name').retention.period == 'P3Y' : 'the edited retention is in the index'
    assert entry('2', 'Customer.phone').labels.fi == 'Puhelinnumero'
    ['Note', 'Order', 'Ticket'].each { assert fieldsOf('2', it) == fieldsOf('1', it) : "$it's entries changed, yet it was not compiled" }
    assert purposes('2') == catalogueBefore : 'the catalogue of the previous index is kept'
    assert index('2').mode == 'catalogue'
}

step(3) { // Customer.email becomes @NotPersonalData; javac gets Customer.java only
    assert compiles(3) == [1]
    expectEntries('3', ['Customer.name', 'Customer.phone', 'Note.author', 'Order.deliveryAddress', 'Ticket.description',
            'Ticket.reporterName'])
    ['Note', 'Order', 'Ticket'].each { assert fieldsOf('3', it) == fieldsOf('1', it) }
}

step(4) { // only the catalogue edited and compiled
    assert compiles(4) == [1]
    ['Customer.class', 'Note.class', 'Order.class', 'Ticket.class'].each { assert stamp('4', it) == stamp('3', it) }
    assert index('4').fields == index('3').fields : 'recompiling the catalogue alone keeps every field'
    assert purposes('4') == catalogueAfter : 'the edited purpose text is in the index'
    assert index('4').mode == 'catalogue'
}

step(5) { // Ticket.java deleted
    // Per-file mode compiles nothing and leaves the orphaned Ticket.class in target/classes (and so in the jar). The
    // index describes that class output, so it keeps Ticket's entries, and seloste:generate's bytecode check agrees.
    assert compiles(5) == [0]
    assert classFiles('5').contains('Ticket.class') : 'maven-compiler-plugin leaves the class file of a deleted source'
    assert Arrays.equals(bytes('5'), bytes('4'))
    assert entries('5').containsAll(['Ticket.description', 'Ticket.reporterName'])
}

step(6) { // Ticket.class deleted too: the index is stale, and seloste:generate fails and says to rebuild
    assert compiles(6) == [0]
    assert !classFiles('6').contains('Ticket.class')
    assert Arrays.equals(bytes('6'), bytes('4'))
    assert chunks[6].contains('[ERROR] [SELOSTE-M308] the index of com.example.it:incremental-edits:1.0 lists classes that '
            + 'no longer exist: com.example.shop.Ticket. The index is stale, typically after a class was deleted or renamed. '
            + 'Rebuild cleanly: ./mvnw clean verify')
    assert !chunks[6].contains('[SELOSTE-M307]')
}

step(7) { // Note renamed to Memo; javac gets Memo.java only
    // Ticket's entries go now: the processor runs and finds no Ticket.class. Note's stay, because per-file mode leaves
    // Note.class behind (the jar would hold it too); the bytecode check agrees, so seloste:generate passes.
    assert compiles(7) == [1]
    assert classFiles('7') == ['Customer.class', 'Memo.class', 'Note.class', 'Order.class', 'Purposes.class']
    expectEntries('7', ['Customer.name', 'Customer.phone', 'Memo.author', 'Note.author', 'Order.deliveryAddress'])
    assert entry('7', 'Memo.author').sourceFile == 'com/example/shop/Memo.java'
    assert purposes('7') == catalogueAfter
}

step(8) { // Order loses its only @PersonalData field; javac gets Order.java only
    // Order.java now carries no annotation the processor claims (getSupportedAnnotationTypes lists seloste's and the
    // persistence annotations, not "*", which would make every Gradle compile a full one), so javac does not run the
    // processor: the index is not rewritten and still lists Order.deliveryAddress. The plugin's bytecode check catches
    // it: Order.class exists but no longer carries @PersonalData, so seloste:generate fails (M310) and says to rebuild,
    // instead of writing a notice that lists "Toimitusosoite".
    assert compiles(8) == [1]
    expectEntries('8', ['Customer.name', 'Customer.phone', 'Memo.author', 'Note.author', 'Order.deliveryAddress'])
    assert Arrays.equals(bytes('8'), bytes('7')) : 'javac did not run the processor, so the index is unchanged'
    assert chunks[8].contains('[ERROR] [SELOSTE-M310] the index of com.example.it:incremental-edits:1.0 lists personal '
            + 'fields of classes whose bytecode no longer carries @PersonalData: com.example.shop.Order. ')
    assert chunks[8].contains('Rebuild cleanly: ./mvnw clean verify')
    assert !new File(steps, '8-documents').exists() : 'no documents from an outdated index'
}

step(9) { // a clean build of the same sources, Maven's incremental mode
    // Exactly the two per-file leftovers of steps 7 and 8 go: the orphaned Note.class and the outdated Order entry.
    assert compiles(9) == [4]
    assert classFiles('9') == ['Customer.class', 'Memo.class', 'Order.class', 'Purposes.class']
    expectEntries('9', ['Customer.name', 'Customer.phone', 'Memo.author'])
    assert entries('8') - entries('9') == (['Note.author', 'Order.deliveryAddress'] as SortedSet)
    assert purposes('9') == catalogueAfter
}

step(10) { // Memo renamed to Contact, Maven's incremental mode
    // The compiler plugin sees the changed sources, deletes what its last build created (Memo.class and the index among
    // them) and recompiles the whole module, so nothing of Memo is left.
    assert chunks[10] =~ /\[INFO\] Recompiling the module because of /
    assert compiles(10) == [4]
    assert classFiles('10') == ['Contact.class', 'Customer.class', 'Order.class', 'Purposes.class']
    expectEntries('10', ['Contact.author', 'Customer.name', 'Customer.phone'])
}

step(11) { // clean compile compile: the second compile finds nothing to do and leaves the index as it was
    assert compiles(11) == [4, 0]
    assert Arrays.equals(bytes('11-first'), bytes('11')) : 'the second compile changed the index'
    assert Arrays.equals(bytes('11'), bytes('10')) : 'the incremental rename gave another index than a clean build'
}

step(12) { // every source touched and recompiled over the previous output and index (per-file mode)
    assert compiles(12) == [4]
    assert Arrays.equals(bytes('12'), bytes('11')) : 'recompiling everything over the previous index changed it'
    expectEntries('12', ['Contact.author', 'Customer.name', 'Customer.phone'])
    assert entry('12', 'Customer.name').retention.period == 'P3Y'
    assert purposes('12') == catalogueAfter
}
return true
