package dev.cairn.ingest.scanresults;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Lenient accessors: scanner output varies between versions, and a missing field is never an error. */
final class Json {
    private Json() {}

    /** The text of a string or number node, or null (also for blank strings). */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            String s = node.stringValue();
            return s == null || s.isBlank() ? null : s.strip();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        return null;
    }

    static String text(JsonNode node, String field) {
        return node == null ? null : text(node.get(field));
    }

    /** The elements of an array node; empty for anything else. */
    static List<JsonNode> array(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.values().forEach(out::add);
        }
        return out;
    }

    static List<JsonNode> array(JsonNode node, String field) {
        return node == null ? List.of() : array(node.get(field));
    }

    /** A number, or a string holding one; NaN when neither. */
    static double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        String t = text(node);
        if (t == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }
}
