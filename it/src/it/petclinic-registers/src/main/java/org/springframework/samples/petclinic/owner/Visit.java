package org.springframework.samples.petclinic.owner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.springframework.samples.petclinic.model.BaseEntity;

/** A visit of a pet to the clinic. */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {

    @Column(name = "visit_date")
    @fi.seloste.NotPersonalData(reason = "The date of the pet's visit to the clinic, kept as clinic bookkeeping")
    private LocalDate date;

    @Column(name = "description")
    @fi.seloste.NotPersonalData(reason = "What was done to the pet, the pet's medical history")
    private String description;
}
