package com.acme.orders;

public class OrdersApp {
    public static void main(String[] args) {
        System.out.println(new Order("o-1", 1));
    }
}
