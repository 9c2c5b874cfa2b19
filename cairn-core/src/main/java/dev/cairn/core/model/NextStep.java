package dev.cairn.core.model;

/** One recommended action, ranked; points at a finding's location or at a page to read. */
public record NextStep(int rank, String criterion, String title, CheckId checkId, Location location, String hint) {}
