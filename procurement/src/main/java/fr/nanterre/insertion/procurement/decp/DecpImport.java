package fr.nanterre.insertion.procurement.decp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureSummary;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.CpvCode;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.decp.DecpFormat.Consideration;
import fr.nanterre.insertion.procurement.decp.DecpMarche.Awardee;
import fr.nanterre.platform.importing.ImportPreview;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

/**
 * Imports contracts from a DECP file (the open data of French public contracts, JSON schema v2) in two steps, as
 * the structures' import does: a preview that judges every marché of the file and says why one is rejected, then
 * the registration of all the accepted ones in one transaction, so that a file is never half imported. Each marché
 * becomes a contract with one lot; docs/decisions/0015-decp-mapping.md says what becomes what.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PROCUREMENT + "', '" + Roles.ADMIN + "')")
public class DecpImport {

    /**
     * A marché's verdict; {@code reason} is a message key, {@code detail} the value that got it rejected.
     *
     * @param position     the marché's rank in the file, from 1
     * @param siretWarning the awardee's SIRET fails its checksum: imported all the same, to be checked
     */
    public record Verdict(int position, DecpMarche read, @Nullable ImportedContract contract,
                          @Nullable String reason, String detail, boolean siretWarning) {

        public boolean accepted() {
            return contract != null;
        }
    }

    public record Preview(String fileName, List<Verdict> lines, @Nullable String fileError)
            implements ImportPreview<Verdict> {

        public List<ImportedContract> accepted() {
            return lines.stream().filter(Verdict::accepted).map(Verdict::contract).toList();
        }

        @Override
        public boolean accepts(Verdict line) {
            return line.accepted();
        }
    }

    /**
     * What a preview remembers from one marché to the next: the buyer + id pairs accepted, the structures looked up
     * by SIRET (one look-up per awardee, however many marchés it holds), the procedures read (a few labels for
     * thousands of marchés).
     */
    private record Memo(Set<String> accepted, Map<String, List<StructureSummary>> structures,
                        Map<String, Procedure> procedures) {
    }

    /** The lot's awardee and reservation, as ContractRegister.awardLot would set them. */
    private record Award(@Nullable String siret, @Nullable String name, @Nullable UUID structureId,
                         Reservation reservation) {
    }

    // the sizes of the columns they go to (V1__contracts.sql)
    private static final int REFERENCE_MAX_LENGTH = 100;
    private static final int OBJECT_MAX_LENGTH = 1000;
    private static final int BUYER_MAX_LENGTH = 200;
    private static final int BUYER_ID_MAX_LENGTH = 50;
    private static final int LOT_TITLE_MAX_LENGTH = 500;
    private static final int AWARDEE_MAX_LENGTH = 300;
    private static final int AMOUNT_MAX_INTEGER_DIGITS = 13;

    /** The largest DECP file read, checked here whatever the screen let through. */
    public static final int MAX_FILE_BYTES = 100 * 1024 * 1024;

    private final DecpReader reader;
    private final ContractRegister register;
    private final PartnerStructures structures;

    DecpImport(DecpReader reader, ContractRegister register, PartnerStructures structures) {
        this.reader = reader;
        this.register = register;
        this.structures = structures;
    }

    @Transactional(readOnly = true)
    public Preview preview(String fileName, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            return new Preview(fileName, List.of(), "decp.file.too-big");
        }
        List<DecpMarche> marches;
        try {
            marches = reader.read(content);
        } catch (JacksonException unreadable) {
            return new Preview(fileName, List.of(), "decp.file.unreadable");
        }
        if (marches.isEmpty()) {
            return new Preview(fileName, List.of(), "decp.file.empty");
        }
        Memo memo = new Memo(new HashSet<>(), new HashMap<>(), new HashMap<>());
        List<Verdict> verdicts = IntStream.range(0, marches.size())
                .mapToObj(i -> check(i + 1, marches.get(i), memo))
                .toList();
        return new Preview(fileName, rejectRegistered(verdicts), null);
    }

    /** Registers every accepted contract of the preview, or none if one of them cannot be registered. */
    @Transactional
    public int apply(Preview preview) {
        return register.registerAll(preview.accepted().stream()
                .map(c -> Contract.imported(c.details(), List.of(c.lot()), c.notifiedOn()))
                .toList()).size();
    }

    private Verdict check(int position, DecpMarche read, Memo memo) {
        if (read.id().isBlank()) {
            return rejected(position, read, "decp.reason.id", "");
        }
        if (read.object().isBlank()) {
            return rejected(position, read, "decp.reason.object", read.id());
        }
        String buyerId = buyerId(read);
        String buyer = buyer(read, buyerId);
        if (buyer == null) {
            return rejected(position, read, "decp.reason.buyer", read.id());
        }
        if (!CpvCode.isWellFormed(read.cpvCode())) {
            return rejected(position, read, "decp.reason.cpv", read.cpvCode());
        }
        BigDecimal amount = amount(read.amount());
        if (amount == null) {
            return rejected(position, read, "decp.reason.amount", read.amount());
        }
        if (amount.signum() < 0) {
            return rejected(position, read, "decp.reason.amount-negative", read.amount());
        }
        int months = months(read.durationMonths());
        if (months < 1) {
            return rejected(position, read, "decp.reason.duration", read.durationMonths());
        }
        LocalDate notifiedOn;
        try {
            notifiedOn = read.notifiedOn().isBlank() ? null
                    : LocalDate.parse(read.notifiedOn(), DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException notADate) {
            return rejected(position, read, "decp.reason.date", read.notifiedOn());
        }
        String tooLong = tooLong(read, buyer, buyerId);
        if (tooLong != null) {
            return rejected(position, read, "decp.reason.too-long", tooLong);
        }
        if (memo.accepted().contains(key(buyer, read.id()))) {
            return rejected(position, read, "decp.reason.duplicate-in-file", read.id());
        }
        if (notifiedOn != null && read.awardees().isEmpty()) {
            return rejected(position, read, "decp.reason.awardee-missing", read.id());
        }
        Set<Consideration> considerations = considerations(read);
        Award award = award(read.awardees(), considerations.contains(Consideration.RESERVED), memo.structures());
        if (award == null) {
            return rejected(position, read, "decp.reason.reserved-awardee", read.awardees().getFirst().id());
        }
        if (award.name() != null && award.name().length() > AWARDEE_MAX_LENGTH) {
            return rejected(position, read, "decp.reason.too-long", "titulaires");
        }
        memo.accepted().add(key(buyer, read.id()));
        ContractDetails details = new ContractDetails(read.id(), read.object(), buyer, buyerId,
                memo.procedures().computeIfAbsent(read.procedure(), Procedure::fromDecp),
                CpvCode.normalise(read.cpvCode()), DecpFormat.ccag(read.ccag()), amount, months, null);
        Lot lot = Lot.planned(new LotDetails(1, lotTitle(read.object()), amount, award.reservation(), false, null,
                        null))
                .awardedTo(award.siret(), award.name(), award.structureId())
                .announcing(considerations.contains(Consideration.CLAUSE),
                        considerations.contains(Consideration.CRITERION));
        return new Verdict(position, read, new ImportedContract(details, lot, notifiedOn), null, read.id(),
                award.siret() != null && !new Siret(award.siret()).passesChecksum());
    }

    /**
     * The first titulaire is the lot's awardee (the co-contractors of a group are not kept): linked to its record in
     * partners when its SIRET is registered there; a foreign one named by its identifier. Null when the lot is
     * reserved and the awardee is not a registered structure of a kind a reservation accepts.
     */
    private @Nullable Award award(List<Awardee> awardees, boolean reserved,
                                  Map<String, List<StructureSummary>> structuresBySiret) {
        if (awardees.isEmpty()) {
            return new Award(null, null, null, reserved ? Reservation.SIAE : Reservation.NONE);
        }
        Awardee awardee = awardees.getFirst();
        if (!isSiret(awardee)) {
            return reserved ? null : new Award(null, Stream.of(awardee.name(), awardee.idType(), awardee.id())
                    .filter(s -> !s.isBlank()).collect(Collectors.joining(" ")), null, Reservation.NONE);
        }
        Siret siret = Siret.parse(awardee.id());
        List<StructureSummary> found = structuresBySiret.computeIfAbsent(siret.value(),
                s -> structures.findBySiret(siret));
        Optional<Reservation> reservation = reserved ? reservationFor(found) : Optional.of(Reservation.NONE);
        if (reservation.isEmpty()) {
            return null;
        }
        StructureSummary structure = found.stream().filter(s -> reservation.get().accepts(s.kind())).findFirst()
                .orElse(null);
        String name = !awardee.name().isBlank() ? awardee.name() : structure != null ? structure.name() : siret.value();
        return new Award(siret.value(), name, structure == null ? null : structure.id(), reservation.get());
    }

    /** The accepted contracts whose buyer has registered the reference already: one query per buyer. */
    private List<Verdict> rejectRegistered(List<Verdict> verdicts) {
        Map<String, Set<String>> referencesByBuyer = verdicts.stream().filter(Verdict::accepted)
                .map(Verdict::contract)
                .collect(Collectors.groupingBy(c -> c.details().buyer(),
                        Collectors.mapping(c -> c.details().reference(), Collectors.toSet())));
        Map<String, Set<String>> registered = new HashMap<>();
        referencesByBuyer.forEach((buyer, references) ->
                registered.put(buyer, register.registeredReferences(buyer, references)));
        return verdicts.stream().map(v -> v.accepted()
                        && registered.get(v.contract().details().buyer()).contains(v.contract().details().reference())
                        ? rejected(v.position(), v.read(), "decp.reason.duplicate", v.read().id()) : v)
                .toList();
    }

    /** The City by its SIRET; another buyer by its name when the file gives one, else by its SIRET. */
    private static @Nullable String buyer(DecpMarche read, @Nullable String buyerId) {
        if (DecpFormat.CITY_SIRET.equals(buyerId)) {
            return ContractDetails.CITY;
        }
        if (!read.buyerName().isBlank()) {
            return read.buyerName();
        }
        return buyerId == null ? null : "Acheteur " + buyerId;
    }

    private static @Nullable String buyerId(DecpMarche read) {
        String buyerId = read.buyerId().replaceAll("\\s", "");
        return buyerId.isEmpty() ? null : buyerId;
    }

    private static @Nullable String tooLong(DecpMarche read, String buyer, @Nullable String buyerId) {
        if (read.id().length() > REFERENCE_MAX_LENGTH) {
            return "id";
        }
        if (read.object().length() > OBJECT_MAX_LENGTH) {
            return "objet";
        }
        if (buyer.length() > BUYER_MAX_LENGTH || buyerId != null && buyerId.length() > BUYER_ID_MAX_LENGTH) {
            return "acheteur";
        }
        return null;
    }

    /** A number, or a string with a decimal comma and spaces between thousands ("1 250 000,50"); null if neither. */
    private static @Nullable BigDecimal amount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'))
                    .setScale(2, RoundingMode.HALF_UP);
            return amount.precision() - amount.scale() > AMOUNT_MAX_INTEGER_DIGITS ? null : amount;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Whole months, as a number or a string; 0 when missing or unreadable. */
    private static int months(String text) {
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException notWholeMonths) {
            return 0;
        }
    }

    private static Set<Consideration> considerations(DecpMarche read) {
        Set<Consideration> found = EnumSet.noneOf(Consideration.class);
        read.socialConsiderations().forEach(label -> Consideration.fromDecp(label).ifPresent(found::add));
        return found;
    }

    /** Only a 14-digit SIRET is one; a SIREN, a VAT number or a foreign identifier stays as the awardee's name. */
    private static boolean isSiret(Awardee awardee) {
        return (awardee.idType().isBlank() || awardee.idType().equalsIgnoreCase("SIRET"))
                && Siret.isWellFormed(awardee.id());
    }

    /**
     * DECP says "Marché réservé" without saying to whom: a registered SIAE makes it a lot reserved to SIAE, a
     * registered EA, EATT or ESAT a lot reserved to them; any other awardee cannot hold a reserved lot.
     */
    private static Optional<Reservation> reservationFor(List<StructureSummary> registered) {
        return Stream.of(Reservation.SIAE, Reservation.EA_ESAT)
                .filter(r -> registered.stream().anyMatch(s -> r.accepts(s.kind())))
                .findFirst();
    }

    private static String lotTitle(String object) {
        return object.length() <= LOT_TITLE_MAX_LENGTH ? object
                : object.substring(0, LOT_TITLE_MAX_LENGTH - 1) + "…";
    }

    private static String key(String buyer, String reference) {
        return buyer + "\n" + reference;
    }

    private static Verdict rejected(int position, DecpMarche read, String reason, String detail) {
        return new Verdict(position, read, null, reason, detail, false);
    }
}
