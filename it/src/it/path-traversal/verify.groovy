def logs = new File(basedir, 'build.log').getText('UTF-8')
assert logs.contains("Chat.java:[6,") : 'the error points at the @Register'
assert logs.contains("[SELOSTE-P133] @Register on Chat has id '../../../outside'")
assert !new File(basedir, '../outside.fi.md').exists()
assert !new File(basedir, '../../outside.fi.md').exists()
assert !logs.contains('threw an uncaught exception')
return true
