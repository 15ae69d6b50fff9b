package com.example.catalogue;

/** The ids of the registers declared in this package, for the modules that use them. */
public final class Registers {
    public static final String CUSTOMERS = "customers";

    private Registers() {}
}
