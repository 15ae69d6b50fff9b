// Finds the JDK 25 the integration tests run on a second time, the way maven-toolchains-plugin's
// select-jdk-toolchain does: first a jdk toolchain from ~/.m2/toolchains.xml (or -t), then the JDKs that
// plugin discovers (JAVA<n>_HOME variables, /usr/lib/jvm, SDKMAN, ~/.jdks, ...). select-jdk-toolchain itself
// cannot be used: it fails the build when nothing matches, and maven-invoker-plugin does not take its
// JAVA_HOME from the selected toolchain. So this script sets two properties for the jdk25 invoker execution:
//   seloste.it.jdk25.home  the JDK home (unset when none was found: the CI enforcer rule tests exactly that)
//   seloste.it.jdk25.skip  true when there is no JDK 25, or when -Dinvoker.skip=true
import org.apache.maven.plugins.toolchain.jdk.ToolchainDiscoverer
import org.apache.maven.toolchain.RequirementMatcherFactory
import org.apache.maven.toolchain.ToolchainManagerPrivate

def props = project.properties
String wanted = session.userProperties.getProperty('seloste.it.jdk25.version', props['seloste.it.jdk25.version'])
def isWanted = { String provided ->
    provided != null && RequirementMatcherFactory.createVersionMatcher(provided).matches(wanted)
}
def homeOf = { model -> model.configuration?.getChild('jdkHome')?.value }

String home = null
String source = null
def configured = session.container.lookup(ToolchainManagerPrivate).getToolchainsForType('jdk', session)
def fromToolchainsXml = configured.find { isWanted(it.model.provides.getProperty('version')) }
if (fromToolchainsXml != null) {
    home = homeOf(fromToolchainsXml.model)
    source = 'toolchains.xml'
} else {
    def discovered = new ToolchainDiscoverer().discoverToolchains('env,version,vendor').toolchains
    def match = discovered.find { isWanted(it.provides.getProperty('version')) }
    if (match != null) {
        home = homeOf(match)
        source = 'discovered by maven-toolchains-plugin'
    }
}

boolean skipRequested = Boolean.parseBoolean(session.userProperties.getProperty('invoker.skip', 'false'))
if (home != null) {
    props['seloste.it.jdk25.home'] = home
    props['seloste.it.jdk25.skip'] = String.valueOf(skipRequested)
    log.info("JDK ${wanted} for the second integration-test run: ${home} (${source})")
} else {
    props['seloste.it.jdk25.skip'] = 'true'
    if ('true' == System.getenv('CI')) {
        log.warn("No JDK matching ${wanted} in toolchains.xml or among the discovered JDKs.")
    } else {
        log.info("No JDK matching ${wanted} in toolchains.xml or among the discovered JDKs: "
                + 'skipping the JDK 25 run of the integration tests (with CI=true it is required).')
    }
}
