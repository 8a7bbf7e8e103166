package fr.nanterre.insertion.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void aNumberWhoseLuhnSumIsAMultipleOfTenPassesItsChecksum() {
        // 7 3 2 8 2 9 3 2 0 0 0 0 7 4: Luhn sum 50
        assertThat(new Siret("73282932000074").passesChecksum()).isTrue();
    }

    @Test
    void aMistypedLastDigitFailsTheChecksumButTheNumberIsStillAccepted() {
        Siret mistyped = new Siret("73282932000075");
        assertThat(mistyped.passesChecksum()).isFalse();
        assertThat(mistyped.value()).isEqualTo("73282932000075");
    }

    @Test
    void laPosteEstablishmentsFollowTheirOwnRuleOfADigitSumMultipleOfFive() {
        // 3+5+6+4+9+8+3+7 = 45, a multiple of 5, though the Luhn sum is not a multiple of 10
        assertThat(new Siret("35600000049837").passesChecksum()).isTrue();
        // Luhn-valid, but its digits add up to 26: La Poste's rule rejects it
        assertThat(new Siret("35600000000048").passesChecksum()).isFalse();
    }

    @Test
    void aSiretTypedWithSpacesOrDotsIsReadAsItsFourteenDigits() {
        assertThat(Siret.parse("732 829 320 00074").value()).isEqualTo("73282932000074");
        assertThat(Siret.parse("732.829.320.00074").siren()).isEqualTo("732829320");
    }

    @Test
    void anythingButFourteenDigitsIsRefused() {
        assertThat(Siret.isWellFormed("7328293200007")).isFalse();
        assertThat(Siret.isWellFormed("732829320000745")).isFalse();
        assertThat(Siret.isWellFormed("7328293200007A")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Siret("7328293200007"));
    }
}
