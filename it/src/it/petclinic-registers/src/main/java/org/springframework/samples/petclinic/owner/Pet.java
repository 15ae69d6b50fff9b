package org.springframework.samples.petclinic.owner;

import fi.seloste.NotPersonalData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.samples.petclinic.model.NamedEntity;

/**
 * A pet. Its birth date is the pet's, not a person's: nothing here is personal data. The name-based check cannot
 * know whose birth date a field holds, so the opt-out says it.
 */
@Entity
@Table(name = "pets")
public class Pet extends NamedEntity {

    @NotPersonalData(reason = "The pet's date of birth, not a person's")
    @Column(name = "birth_date")
    private LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "type_id")
    private PetType type;

    @fi.seloste.NotPersonalData(reason = "A link to the pet's visits, whose own fields are declared in Visit")

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "pet_id")
    private final Set<Visit> visits = new LinkedHashSet<>();
}
