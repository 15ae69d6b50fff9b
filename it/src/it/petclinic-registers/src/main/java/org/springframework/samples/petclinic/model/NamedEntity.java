package org.springframework.samples.petclinic.model;

import fi.seloste.NotPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A base class for the pet clinic's named things: pets, pet types and specialties. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {

    @NotPersonalData(reason = "The name of a pet, a pet type or a specialty, not of a person")
    @Column(name = "name")
    private String name;

    public String getName() {
        return name;
    }
}
