package org.springframework.samples.petclinic.model;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every person in the clinic has. It names no register, purpose or retention: owners and vets are kept for
 * different purposes, so each entity that extends this class supplies them.
 */
@MappedSuperclass
public class Person extends BaseEntity {

    @PersonalData(category = DataCategories.IDENTITY, label = "Etunimi")
    @Column(name = "first_name")
    protected String firstName;

    @PersonalData(category = DataCategories.IDENTITY, label = "Sukunimi")
    @Column(name = "last_name")
    protected String lastName;
}
