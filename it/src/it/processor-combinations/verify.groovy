def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] BUILD SUCCESS') == 2 : 'both orders build'

['seloste-first', 'seloste-last'].each { order ->
    def classes = new File(basedir, "target/${order}/classes/com/example/shop")
    // Lombok: the accessors are in the class file
    def customer = new File(classes, 'Customer.class').bytes
    def text = new String(customer, 'ISO-8859-1')
    ['getEmail', 'setEmail', 'getName'].each { assert text.contains(it) : "$order: Lombok wrote no $it" }
    // Hibernate's processor: the static metamodel
    assert new File(classes, 'Customer_.class').isFile() : "$order: no Customer_ from Hibernate's processor"
    // MapStruct: the mapper, which calls Lombok's getters
    def mapper = new File(basedir, "target/${order}/generated-sources/annotations/com/example/shop/CustomerMapperImpl.java")
    assert mapper.isFile() : "$order: no mapper from MapStruct"
    assert mapper.getText('UTF-8').contains('customer.getEmail()') : "$order: MapStruct did not see Lombok's getters"
    // seloste: the index with both personal fields, and nothing from the generated classes
    def index = new groovy.json.JsonSlurper().parse(new File(basedir, "target/${order}/classes/META-INF/seloste/personal-data.json"))
    assert index.fields.collect { "${it.className}#${it.field}" } == ['com.example.shop.Customer#email', 'com.example.shop.Customer#name'] : "$order: $index.fields"
    assert index.undeclared.isEmpty()
}
return true
