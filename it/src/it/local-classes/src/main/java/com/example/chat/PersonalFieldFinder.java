package com.example.chat;

import fi.seloste.PersonalData;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Only mentions the annotation type: in generic signatures, a field of its type, a parameter and a class literal.
 * It carries no personal data, and its class file must not make seloste:generate fail.
 */
public class PersonalFieldFinder<A extends PersonalData> {

    private final List<Class<PersonalData>> kinds = new ArrayList<>();
    private PersonalData example;

    public List<Field> find(Class<?> type, Class<PersonalData> annotation) {
        Predicate<Field> personal = f -> f.isAnnotationPresent(PersonalData.class);
        List<Field> found = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (personal.test(f) || f.isAnnotationPresent(annotation)) {
                found.add(f);
            }
        }
        return found;
    }
}
