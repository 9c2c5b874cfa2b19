package dev.cairn.core.model;

/** What Level 2 asks next in an aspect the team has attained. */
public record LevelTwoItem(Aspect aspect, String title, String description) {}
