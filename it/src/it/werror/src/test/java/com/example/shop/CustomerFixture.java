package com.example.shop;

/** Test sources: no seloste annotation, so seloste's main processor has nothing to do here. */
public class CustomerFixture {

    @Override
    public String toString() {
        return new Customer().toString();
    }
}
