package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The customer before seloste: no annotation of its own. */
@Entity
public class Customer {

    @Id
    private long id;

    @Column(name = "email")
    private String email;

    @Override
    public String toString() {
        return "Customer " + id + " <" + email + ">";
    }
}
