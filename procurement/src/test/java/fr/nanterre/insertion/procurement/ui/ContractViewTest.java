package fr.nanterre.insertion.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.clause.TargetMethod;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ContractsView.class)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class ContractViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private Contract contractWithLot(String reference, Reservation reservation) {
        Contract contract = register.plan(new ContractDetails(reference, "Rénovation de la piscine Hébert",
                ContractDetails.CITY, null, Procedure.OPEN_TENDER, "45212212", Ccag.WORKS, new BigDecimal("1000000"),
                18, LocalDate.of(2027, 1, 1)));
        return register.putLot(contract, null, new LotDetails(1, "Gros œuvre", new BigDecimal("1000000"), reservation,
                false, null, null));
    }


    /** One of the first lot's buttons, by its id, among those of the lot's row. */
    private Button lotButton(ContractView view, String id) {
        return $(Button.class, test(view.lots).getCellComponent(0, "actions")).id(id);
    }

    private ContractView open(Contract contract) {
        return navigate("marches/" + contract.id(), ContractView.class);
    }

    @Test
    void theCalculatorShowsTheTargetWhileTheUserTypesAndSavesIt() {
        ContractView view = open(contractWithLot("UI-CALC-1", Reservation.NONE));
        test(lotButton(view, "clause-lot-1")).click();
        ClauseForm form = $(ClauseForm.class).single();
        assertThat(form.method.getValue()).isEqualTo(TargetMethod.AMOUNT_BASED);
        assertThat(form.amount.getValue()).isEqualByComparingTo("1000000");

        test(form.labourShare).setValue(new BigDecimal("50"));
        assertThat(form.result.getText()).isEqualTo("Objectif : complétez les champs ci-dessus");
        test(form.rate).setValue(new BigDecimal("5"));
        assertThat(form.result.getText()).isEqualTo("Objectif : 833 heures d'insertion");

        test(form.rate).setValue(new BigDecimal("120"));
        assertThat(form.rate.isInvalid()).isTrue();
        assertThat(form.rate.getErrorMessage()).isEqualTo("Le taux est compris entre 0 (exclu) et 100 %");
        test(form.rate).setValue(new BigDecimal("5"));
        test(form.penalty).setValue(new BigDecimal("50"));
        test(form.save).click();

        assertThat(view.contract.targetHours()).isEqualTo(833);
        assertThat(test(view.lots).getCellText(0, 4)).isEqualTo("Clause d'exécution : 833 h");
    }

    @Test
    void aReservedLotRefusesAnOrdinaryCompanyNextToTheSiretField() {
        structures.register(StructureDetails.of("Entreprise générale", StructureKind.EMPLOYER, "61061061000061"));
        ContractView view = open(contractWithLot("UI-RES-1", Reservation.SIAE));
        test(lotButton(view, "awardee-lot-1")).click();
        Dialog dialog = $(Dialog.class).last();
        TextField siret = $(TextField.class, dialog).id("awardee-siret");
        test(siret).setValue("61061061000061");
        test($(Button.class, dialog).id("save-awardee")).click();

        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).startsWith("Ce lot est réservé aux SIAE");
        assertThat(register.find(view.contract.id()).orElseThrow().lots().getFirst().awardeeSiret()).isNull();
    }

    @Test
    void aNewContractWithANegativeAmountOrNoDurationIsRefusedFieldByField() {
        ContractsView list = navigate(ContractsView.class);
        test(list.create).click();
        ContractForm form = $(ContractForm.class).single();
        test(form.reference).setValue("UI-NEW-1");
        test(form.object).setValue("Nettoyage des locaux");
        test(form.amount).setValue(new BigDecimal("-10"));
        test(form.duration).setValue(0);
        test(form.cpvCode).setValue("9091");
        test(form.save).click();

        assertThat(form.amount.getErrorMessage()).isEqualTo("Le montant ne peut pas être négatif");
        assertThat(form.duration.getErrorMessage()).isEqualTo("La durée est d'au moins 1 mois");
        assertThat(form.cpvCode.getErrorMessage()).startsWith("Un code CPV comporte 8 chiffres");
        assertThat(register.count(new fr.nanterre.insertion.procurement.contract.ContractFilter("UI-NEW-1", null, null)))
                .isZero();
    }
}
