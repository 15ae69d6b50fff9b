def out = new File(basedir, 'target/seloste')
def md = new File(out, 'notice.fi.md').getText('UTF-8')
def html = new File(out, 'notice.fi.html').getText('UTF-8')
// Markdown: every special character is escaped, nothing starts a block
assert !(md =~ /(?<!\\)<(script|img|iframe)/) : md
assert md.contains('\\<script\\>alert(\'code\')\\</script\\>')
assert md.contains('\\*\\*bold\\*\\*')
assert md.contains('\\[link\\](javascript:alert(1))')
assert md.contains('!\\[x\\](http://evil/x.png)')
assert !md.contains('\n## Injected heading') : 'a newline in a value cannot start a heading'
assert md.contains('Rekisteri \\<img src=x onerror=alert(1)\\> \\| \\# x')
// HTML: escaped, no active content
assert !html.contains('<script') && !html.contains('<img') && !html.contains('<iframe')
assert html.contains('&lt;script&gt;alert(&#39;code&#39;)&lt;/script&gt;') || html.contains('&lt;script&gt;alert(&#x27;code&#x27;)&lt;/script&gt;') : html
assert html.contains('Evil &lt;script&gt;')
return true
