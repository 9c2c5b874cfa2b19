package com.acme.orders;

public record Order(String id, int quantity) {
    public Order {
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
    }
}
