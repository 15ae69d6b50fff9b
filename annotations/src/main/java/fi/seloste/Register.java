package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a register (processing activity): one entry of the Art. 30 record and one privacy notice.
 *
 * <p>Put it on a class or on {@code package-info.java}. The fields of that class, or of every class in
 * that package and its subpackages, belong to the register unless they name another one. Other classes
 * join it with {@code @PersonalDataDefaults(register = "chat")} or {@code @PersonalData(register = "chat")}.
 *
 * <pre>{@code
 * @Register(id = "chat", fi = "Asiakaspalvelu-chatin rekisteri", sv = "Kundtjänstchattens register",
 *           en = "Customer-service chat register", subjects = DataSubjects.CUSTOMER,
 *           purposes = Purposes.CHAT_SERVICE)
 * package com.example.chat;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Register {

    /**
     * A stable id: lower-case letters, digits and hyphens, starting with a letter, such as {@code chat}.
     * It names the notice files ({@code notice-chat.fi.md}). {@code default} is reserved for the fields
     * that name no register.
     *
     * @return the register id
     */
    String id();

    /** @return the register's name in Finnish; required */
    String fi() default "";

    /** @return the register's name in Swedish */
    String sv() default "";

    /** @return the register's name in English */
    String en() default "";

    /** @return a description of the processing in Finnish */
    String descriptionFi() default "";

    /** @return a description of the processing in Swedish */
    String descriptionSv() default "";

    /** @return a description of the processing in English */
    String descriptionEn() default "";

    /** @return the data subjects, keys of {@link DataSubjects} or your {@link DataSubject} constants */
    String[] subjects() default {};

    /** @return purposes every field of the register inherits unless it declares its own */
    String[] purposes() default {};

    /**
     * Whether the register is kept by a public authority, which may not rely on legitimate interests
     * (GDPR Art. 6(1), last subparagraph).
     *
     * @return whether the controller acts as a public authority here
     */
    boolean publicAuthority() default false;

    /**
     * The Art. 6(1) legal basis of the free-text purposes of its fields. Required, here or inherited, in a project without a
     * {@link Purpose} catalogue; a {@link Purpose} carries its own basis. Give at most one.
     *
     * @return the legal basis, or none
     */
    LegalBasis[] basis() default {};

    /**
     * The legitimate interest pursued, required with {@link LegalBasis#LEGITIMATE_INTERESTS} in a project
     * without a {@link Purpose} catalogue.
     *
     * @return the legitimate interest
     */
    String legitimateInterest() default "";

    /**
     * The law that lays down the basis (Art. 6(3)), such as {@code "Kirjanpitolaki 1336/1997"}, in a project
     * without a {@link Purpose} catalogue.
     *
     * @return the law
     */
    String basisLaw() default "";

    /**
     * The practices this register does not use, so its notice may say so: without this (here or in the
     * plugin's {@code <none>}), a notice with no disclosures, transfers or automated decisions fails the
     * build rather than claim there are none. Declaring a recipient, transfer or automated decision that a
     * practice here denies is an error.
     *
     * @return the practices declared absent
     */
    Practice[] none() default {};
}
