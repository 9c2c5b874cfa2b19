package dev.cairn.core.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    @Test
    void aTextIsJudgedOnceWhileThereIsRoomAndEveryTimeOnceTheMemoIsFull() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<Integer> length = new BoundedMemo<>(2, text -> {
            asked.add(text);
            return text.length();
        });

        assertThat(length.apply("100m")).isEqualTo(4);
        assertThat(length.apply("100m")).isEqualTo(4);
        assertThat(length.apply("128Mi")).isEqualTo(5);
        assertThat(length.apply("1Gi")).isEqualTo(3);
        assertThat(length.apply("1Gi")).isEqualTo(3);
        assertThat(length.apply("128Mi")).isEqualTo(5);

        assertThat(asked).containsExactly("100m", "128Mi", "1Gi", "1Gi");
    }
}
