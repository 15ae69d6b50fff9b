package com.example.shop;

/** What the API shows of a customer. */
public record CustomerDto(String name, String email) {
}
