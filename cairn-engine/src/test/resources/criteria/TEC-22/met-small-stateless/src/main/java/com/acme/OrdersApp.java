package com.acme;

public final class OrdersApp {
    public static void main(String[] args) {
        System.out.println("orders up");
    }
}
