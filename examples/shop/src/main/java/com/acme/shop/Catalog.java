package com.acme.shop;

import java.util.List;

/** The product catalog. Held in memory for the POC; the database comes with the orders service. */
public final class Catalog {

    public record Product(String sku, String name, long priceCents, int stock) {}

    private final List<Product> products;

    public Catalog(List<Product> products) {
        this.products = List.copyOf(products);
    }

    public static Catalog demo() {
        return new Catalog(List.of(
                new Product("TEA-001", "Sencha green tea, 100 g", 790, 42),
                new Product("TEA-002", "Assam breakfast tea, 250 g", 1150, 7),
                new Product("CUP-010", "Stoneware cup, 0.3 l", 1490, 18),
                new Product("POT-020", "Cast iron teapot, 0.8 l", 4900, 3)));
    }

    public List<Product> products() {
        return products;
    }

    public List<Product> lowStock(int threshold) {
        return products.stream().filter(p -> p.stock() < threshold).toList();
    }

    public String toJson() {
        var json = new StringBuilder("[");
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"sku\":").append(quote(p.sku()))
                .append(",\"name\":").append(quote(p.name()))
                .append(",\"priceCents\":").append(p.priceCents())
                .append(",\"stock\":").append(p.stock())
                .append('}');
        }
        return json.append(']').toString();
    }

    static String quote(String s) {
        var out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
