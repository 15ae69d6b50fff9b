// Every published seloste jar (as staged by invoker:install, the shaded processor included) names its module
// in the manifest, so it can be required from a module path under a stable name.
import java.lang.module.ModuleDescriptor
import java.util.jar.JarFile

def expected = [
        'seloste-annotations' : 'fi.seloste',
        'seloste-processor'   : 'fi.seloste.processor',
        'seloste-maven-plugin': 'fi.seloste.maven',
        'seloste-index'       : 'fi.seloste.index',
        'seloste-core'        : 'fi.seloste.core',
]
def jars = []
new File(localRepositoryPath, 'fi/seloste').eachFileRecurse { f ->
    if (f.name ==~ /seloste-.*\.jar/ && !(f.name ==~ /.*-(sources|javadoc|tests)\.jar/)) {
        jars << f
    }
}
def artifacts = jars.collect { it.parentFile.parentFile.name } as Set
['seloste-annotations', 'seloste-processor', 'seloste-maven-plugin'].each {
    assert artifacts.contains(it) : "$it was not staged; found $jars"
}
jars.each { jar ->
    String artifact = jar.parentFile.parentFile.name
    new JarFile(jar).withCloseable { j ->
        String name = j.manifest?.mainAttributes?.getValue('Automatic-Module-Name')
        assert name : "$jar has no Automatic-Module-Name in its manifest"
        ModuleDescriptor.newModule(name) // throws on a name that is no module name, such as an unset ${property}
        if (expected.containsKey(artifact)) {
            assert name == expected[artifact] : "$jar: Automatic-Module-Name is $name, expected ${expected[artifact]}"
        }
        if (artifact == 'seloste-processor') {
            assert j.getEntry('fi/seloste/processor/shaded/') != null || j.entries().toList().any { it.name.startsWith('fi/seloste/processor/shaded/') } :
                    "$jar is not the shaded processor jar"
        }
    }
}
println "Automatic-Module-Name present in ${jars.size()} jars: ${jars*.name}"
return true
