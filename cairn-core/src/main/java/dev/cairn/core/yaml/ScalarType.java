package dev.cairn.core.yaml;

/**
 * The type a scalar resolves to the way Kubernetes reads YAML (YAML 1.1 rules of go-yaml v2,
 * so {@code yes} and {@code on} are booleans and {@code 0755} is an octal integer).
 */
public enum ScalarType {
    STRING, BOOL, INT, FLOAT, NULL
}
