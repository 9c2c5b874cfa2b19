package dev.cairn.core.dockerfile;

import java.util.List;

/**
 * One build stage: its {@code FROM} and the instructions that follow it up to the next {@code FROM}.
 *
 * @param index        0-based position among the stages
 * @param name         the name after {@code AS}, lower-cased as Docker compares it, or null
 * @param from         the {@code FROM} instruction
 * @param instructions the instructions after {@code FROM}, in order
 */
public record Stage(int index, String name, Instruction from, List<Instruction> instructions) {
    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The image (or earlier stage) this stage starts from, as written: the first word after the flags. */
    public String baseImage() {
        String args = from.arguments().strip();
        int space = indexOfWhitespace(args);
        return space < 0 ? args : args.substring(0, space);
    }

    /** The instructions with a keyword, e.g. {@code USER}, in order. */
    public List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    /**
     * The JSON Pointer of this stage, by name when it has one ({@code /stages/build}) and by index otherwise
     * ({@code /stages/1}); fingerprints use it, so inserting lines or instructions elsewhere keeps them.
     */
    public String pointer() {
        return "/stages/" + (name != null ? escape(name) : Integer.toString(index));
    }

    /** The pointer of an instruction of this stage: {@code .../from} or {@code .../instructions/3}. */
    public String pointer(Instruction instruction) {
        if (instruction.equals(from)) {
            return pointer() + "/from";
        }
        return pointer() + "/instructions/" + indexOf(instructions, instruction);
    }

    static int indexOf(List<Instruction> list, Instruction instruction) {
        int i = list.indexOf(instruction); // spans differ, so equal instructions are the same one
        if (i < 0) {
            throw new IllegalArgumentException("not an instruction of this stage: " + instruction.keyword());
        }
        return i;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) return i;
        }
        return -1;
    }
}
