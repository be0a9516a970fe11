package dev.meridian.pipeline.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleWordsTest {

    @Test
    void findsRoleWordsAtTheStartOfAnyLineAndTheReservedTokensAnywhere() {
        assertThat(RoleWords.present("Human: hi")).isTrue();
        assertThat(RoleWords.present("log\r  \tASSISTANT \t: ok")).isTrue();
        assertThat(RoleWords.present("a\u2028system: x")).isTrue();
        assertThat(RoleWords.present("see <Image> here")).isTrue();
        assertThat(RoleWords.present("done [eos]")).isTrue();
    }

    @Test
    void leavesAloneWhatOnlyLooksLikeOne() {
        assertThat(RoleWords.present("Humanity: hi")).isFalse();
        assertThat(RoleWords.present("the user: field")).isFalse();
        assertThat(RoleWords.present("bot\n: x")).isFalse();
        assertThat(RoleWords.present("<images> and [EOS ]")).isFalse();
        assertThat(RoleWords.present("")).isFalse();
    }

    @Test
    void defusesOnlyWhatItFinds() {
        assertThat(RoleWords.strip("  plain text, user: inline  ")).isEqualTo("plain text, user: inline");
        assertThat(RoleWords.strip("chat:\n User: a\nbot: b <video>")).isEqualTo("chat:\n User - a\nbot - b");
    }
}
