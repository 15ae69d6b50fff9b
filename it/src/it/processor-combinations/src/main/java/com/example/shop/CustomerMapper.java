package com.example.shop;

import org.mapstruct.Mapper;

/** MapStruct writes CustomerMapperImpl, reading the getters Lombok generates. */
@Mapper
public interface CustomerMapper {

    CustomerDto toDto(Customer customer);
}
