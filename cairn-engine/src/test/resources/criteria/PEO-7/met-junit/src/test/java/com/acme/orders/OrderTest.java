package com.acme.orders;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrderTest {
    @Test
    void rejectsEmptyOrders() {
        assertThrows(IllegalArgumentException.class, () -> new Order("o-1", 0));
    }
}
