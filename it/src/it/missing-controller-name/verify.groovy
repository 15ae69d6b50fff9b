def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String part -> assert log.contains(part) : "build.log lacks <$part>" }
expect('[SELOSTE-M201] parameter <controller><name> is missing')
expect('<name>Example Oy</name>')
assert !log.contains('Exception:') || !log.contains('\tat ') : 'no stack trace'
assert !new File(basedir, 'target/seloste/notice.fi.md').exists() : 'nothing is written when configuration is wrong'
return true
