package com.acme;

public class Orders {
    public static void main(String[] args) {
        System.out.println("orders");
    }
}
