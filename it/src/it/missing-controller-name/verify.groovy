def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
// build 1: both problems, the POM's own and the core's, in one failure
expect('2 problems found by seloste:')
expect('[SELOSTE-M201] parameter <controller><name> is missing')
expect('<name>Example Oy</name>')
expect("[SELOSTE-M216] parameter <changes><change><date> or <noticeDate> is 'yesterday'")
assert !log.contains('Exception:') || !log.contains('\tat ') : 'no stack trace'
assert !new File(basedir, 'target/seloste/notice.fi.md').exists() : 'nothing is written when configuration is wrong'
// build 2: failOnError=false turns every problem into a warning, the date's included
assert log.contains('[WARNING] [SELOSTE-M216]') : 'the malformed date is a warning too'
assert log.contains('[WARNING] [SELOSTE-M201]') : 'and so is the missing name'
return true
