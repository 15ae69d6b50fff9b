package org.springframework.samples.petclinic.owner;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.springframework.samples.petclinic.model.Person;

/** A pet owner: first and last name from Person, in the owners' register. */
@Entity
@Table(name = "owners")
public class Owner extends Person {

    @PersonalData(category = DataCategories.CONTACT, label = "Osoite")
    @Column(name = "address")
    private String address;

    @PersonalData(category = DataCategories.CONTACT, label = "Kaupunki")
    @Column(name = "city")
    private String city;

    @PersonalData(category = DataCategories.CONTACT, label = "Puhelinnumero")
    @Column(name = "telephone")
    private String telephone;

    @fi.seloste.NotPersonalData(reason = "A link to the owner's pets, whose own fields are declared in Pet")

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private final List<Pet> pets = new ArrayList<>();
}
