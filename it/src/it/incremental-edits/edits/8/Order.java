package com.example.shop;

/** The delivery address moved elsewhere: this class has no seloste annotation left. */
public class Order {

    private String reference;
}
