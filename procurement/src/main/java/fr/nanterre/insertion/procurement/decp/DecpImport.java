package fr.nanterre.insertion.procurement.decp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import fr.nanterre.insertion.procurement.contract.Contract.Publication;
import fr.nanterre.insertion.procurement.contract.ContractAwardee;
import fr.nanterre.insertion.procurement.contract.ContractModification;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractRegister.Registered;
import fr.nanterre.insertion.procurement.contract.CpvCode;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.decp.DecpFormat.Consideration;
import fr.nanterre.insertion.procurement.decp.DecpMarche.Awardee;
import fr.nanterre.insertion.procurement.decp.DecpMarche.DecpLot;
import fr.nanterre.insertion.procurement.decp.DecpMarche.Subcontract;
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
 * becomes a contract with its lots, awardees and modifications; a marché imported before is skipped when unchanged
 * and updated by a newer version. docs/decisions/0015-decp-mapping.md and 0024 say what becomes what.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PROCUREMENT + "', '" + Roles.ADMIN + "')")
public class DecpImport {

    /**
     * A marché's verdict; {@code reason} is a message key, {@code detail} the value that got it rejected or skipped.
     *
     * @param position     the marché's rank in the file, from 1
     * @param siretWarning an awardee's SIRET fails its checksum: imported all the same, to be checked
     */
    public record Verdict(int position, DecpMarche read, @Nullable ImportedContract contract,
                          @Nullable String reason, String detail, boolean siretWarning) {

        public boolean accepted() {
            return contract != null;
        }

        /** Registered already in this very version, or in a newer one: nothing to do, nothing wrong either. */
        public boolean skipped() {
            return reason != null && SKIPPED.contains(reason);
        }

        /** A newer version of a contract imported before, which will update it. */
        public boolean updates() {
            return contract != null && contract.replaces() != null;
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

        @Override
        public boolean rejects(Verdict line) {
            return !line.accepted() && !line.skipped();
        }

        public long skippedCount() {
            return lines.stream().filter(Verdict::skipped).count();
        }
    }

    static final String UNCHANGED = "decp.reason.unchanged";
    static final String OLDER = "decp.reason.older";
    private static final Set<String> SKIPPED = Set.of(UNCHANGED, OLDER);

    /** Reserved ("Marché réservé") to a company that is not a registered SIAE, EA, EATT or ESAT. */
    public static final String CHECK_RESERVED = "decp.check.reserved-awardee";
    /** Known by a VAT number, a foreign identifier, a SIREN: not in the register, which knows SIRETs. */
    public static final String CHECK_NOT_SIRET = "decp.check.not-siret";
    public static final String CHECK_CHECKSUM = "decp.check.siret-checksum";

    /**
     * What a preview remembers from one marché to the next: the buyer + id pairs accepted, the structures looked up
     * by SIRET (one look-up per awardee, however many marchés it holds), the procedures read (a few labels for
     * thousands of marchés).
     */
    private record Memo(Set<String> accepted, Map<String, List<StructureSummary>> structures,
                        Map<String, Procedure> procedures) {
    }

    /** The lot's holder and reservation, as ContractRegister.awardLot would set them, and what is to check. */
    private record Award(@Nullable String siret, @Nullable String name, @Nullable UUID structureId,
                         Reservation reservation, @Nullable ContractAwardee awardee) {
    }

    /** Why a marché is rejected, and the value that got it rejected. */
    private static final class Rejected extends RuntimeException {

        private final String reason;
        private final String detail;

        Rejected(String reason, @Nullable String detail) {
            super(reason, null, false, false);
            this.reason = reason;
            this.detail = detail == null ? "" : detail;
        }
    }

    // the sizes of the columns they go to (V1__contracts.sql, V4__decp_as_published.sql)
    private static final int REFERENCE_MAX_LENGTH = 100;
    private static final int OBJECT_MAX_LENGTH = 1000;
    private static final int BUYER_MAX_LENGTH = 200;
    private static final int BUYER_ID_MAX_LENGTH = 50;
    private static final int LOT_TITLE_MAX_LENGTH = 500;
    private static final int AWARDEE_MAX_LENGTH = 300;
    private static final int IDENTIFIER_MAX_LENGTH = 50;
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
        Memo memo = new Memo(new HashSet<>(), registeredAwardees(marches), new HashMap<>());
        List<Verdict> verdicts = IntStream.range(0, marches.size())
                .mapToObj(i -> check(i + 1, marches.get(i), memo))
                .toList();
        return new Preview(fileName, compareWithRegistered(verdicts), null);
    }

    /**
     * Registers every new contract of the preview and updates those it has a newer version of, all in one
     * transaction, or none if one of them cannot be.
     *
     * @return how many contracts were registered or updated
     */
    @Transactional
    public int apply(Preview preview) {
        List<ImportedContract> accepted = preview.accepted();
        int registered = register.registerAll(accepted.stream().filter(c -> c.replaces() == null)
                .map(c -> Contract.imported(c.details(), c.lots(), c.notifiedOn(), c.publication()))
                .toList());
        List<ImportedContract> updates = accepted.stream().filter(c -> c.replaces() != null).toList();
        for (ImportedContract update : updates) {
            Registered replaced = Objects.requireNonNull(update.replaces());
            register.republish(replaced.id(), Objects.requireNonNull(replaced.decpFingerprint()), update.details(),
                    update.lots(), update.notifiedOn(), update.publication());
        }
        return registered + updates.size();
    }

    private Verdict check(int position, DecpMarche read, Memo memo) {
        try {
            return accepted(position, read, memo);
        } catch (Rejected rejected) {
            return new Verdict(position, read, null, rejected.reason, rejected.detail, false);
        }
    }

    @SuppressWarnings("NullAway")
    private Verdict accepted(int position, DecpMarche read, Memo memo) {
        reject(read.id().isBlank(), "decp.reason.id", "");
        reject(read.object().isBlank(), "decp.reason.object", read.id());
        String buyerId = buyerId(read);
        String buyer = buyer(read, buyerId);
        reject(buyer == null, "decp.reason.buyer", read.id());
        reject(!CpvCode.isWellFormed(read.cpvCode()), "decp.reason.cpv", read.cpvCode());
        BigDecimal amount = amount(read.amount());
        reject(amount == null, "decp.reason.amount", read.amount());
        reject(amount.signum() < 0, "decp.reason.amount-negative", read.amount());
        int months = months(read.durationMonths());
        reject(months < 1, "decp.reason.duration", read.durationMonths());
        LocalDate notifiedOn = date(read.notifiedOn());
        LocalDate publishedOn = date(read.publishedOn());
        String tooLong = tooLong(read, buyer, buyerId);
        reject(tooLong != null, "decp.reason.too-long", tooLong);
        reject(memo.accepted().contains(key(buyer, read.id())), "decp.reason.duplicate-in-file", read.id());
        reject(notifiedOn != null && read.awardees().isEmpty()
                && read.lots().stream().allMatch(lot -> lot.awardees().isEmpty()), "decp.reason.awardee-missing",
                read.id());
        Set<Consideration> considerations = considerations(read);
        boolean reserved = considerations.contains(Consideration.RESERVED);

        List<Lot> lots = new ArrayList<>();
        List<ContractAwardee> awardees = new ArrayList<>();
        boolean siretWarning = false;
        for (DecpLot decpLot : lotsOf(read)) {
            int number = lotNumber(decpLot.number());
            reject(number < 1 || lots.stream().anyMatch(lot -> lot.number() == number), "decp.reason.lot",
                    decpLot.number());
            BigDecimal lotAmount = amount(decpLot.amount());
            reject(lotAmount == null || lotAmount.signum() < 0, "decp.reason.amount", decpLot.amount());
            List<Awardee> lotAwardees = decpLot.awardees().isEmpty() ? read.awardees() : decpLot.awardees();
            reject(notifiedOn != null && lotAwardees.isEmpty(), "decp.reason.awardee-missing",
                    read.id() + " lot " + number);
            Award award = award(number, lotAwardees, reserved, memo.structures());
            Lot lot = Lot.planned(new LotDetails(number, lotTitle(decpLot.object().isBlank() ? read.object()
                            : decpLot.object()), lotAmount, award.reservation(), false, null, null))
                    .awardedTo(award.siret(), award.name(), award.structureId())
                    .announcing(considerations.contains(Consideration.CLAUSE),
                            considerations.contains(Consideration.CRITERION));
            lots.add(lot);
            if (award.awardee() != null) {
                awardees.add(award.awardee());
            }
            for (Awardee coContractor : lotAwardees.stream().skip(1).toList()) {
                awardees.add(other(number, ContractAwardee.Role.CO_CONTRACTOR, coContractor, null,
                        memo.structures()));
            }
        }
        for (Subcontract subcontract : read.subcontracts()) {
            BigDecimal subcontracted = subcontract.amount().isBlank() ? null : amount(subcontract.amount());
            reject(!subcontract.amount().isBlank() && (subcontracted == null || subcontracted.signum() < 0),
                    "decp.reason.amount", subcontract.amount());
            awardees.add(other(1, ContractAwardee.Role.SUBCONTRACTOR, subcontract.subcontractor(), subcontracted,
                    memo.structures()));
        }
        for (ContractAwardee awardee : awardees) {
            reject(awardee.name() != null && awardee.name().length() > AWARDEE_MAX_LENGTH
                    || awardee.identifier().length() > IDENTIFIER_MAX_LENGTH, "decp.reason.too-long", "titulaires");
            siretWarning |= CHECK_CHECKSUM.equals(awardee.toCheck());
        }
        List<ContractModification> modifications = read.modifications().stream().map(DecpImport::modification)
                .toList();

        memo.accepted().add(key(buyer, read.id()));
        ContractDetails details = new ContractDetails(read.id(), read.object(), buyer, buyerId,
                memo.procedures().computeIfAbsent(read.procedure(), Procedure::fromDecp),
                CpvCode.normalise(read.cpvCode()), DecpFormat.ccag(read.ccag()), amount, months, null);
        Publication publication = new Publication(awardees, modifications,
                fingerprint(details, lots, notifiedOn, awardees, modifications, publishedOn), publishedOn);
        return new Verdict(position, read, new ImportedContract(details, lots, notifiedOn, publication, null), null,
                read.id(), siretWarning);
    }

    /**
     * Partners' structures registered under the SIRETs of the file's titulaires and subcontractors, asked in one
     * query: a file names the same companies again and again, and one question each would cost a round trip each.
     */
    private Map<String, List<StructureSummary>> registeredAwardees(List<DecpMarche> marches) {
        Set<Siret> sirets = marches.stream()
                .flatMap(read -> Stream.of(read.awardees().stream(),
                        read.lots().stream().flatMap(lot -> lot.awardees().stream()),
                        read.subcontracts().stream().map(Subcontract::subcontractor)).flatMap(s -> s))
                .filter(DecpImport::isSiret)
                .map(awardee -> Siret.parse(awardee.id()))
                .collect(Collectors.toSet());
        Map<String, List<StructureSummary>> bySiret = new HashMap<>();
        structures.findBySirets(sirets).forEach((siret, found) -> bySiret.put(siret.value(), found));
        return bySiret;
    }

    /** The marché's lots as the file details them, or the marché itself as its one lot. */
    private static List<DecpLot> lotsOf(DecpMarche read) {
        return read.lots().isEmpty() ? List.of(new DecpLot("1", read.object(), read.amount(), read.awardees()))
                : read.lots();
    }

    private static int lotNumber(String text) {
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return 0;
        }
    }

    /**
     * The first titulaire holds the lot: linked to its record in partners when its SIRET is registered there; a
     * foreign one named by its identifier. A reserved lot whose holder is not a registered structure of a kind a
     * reservation accepts is kept, reserved to SIAE as a planned reserved lot is, with its holder to check.
     */
    private Award award(int lotNumber, List<Awardee> awardees, boolean reserved,
                        Map<String, List<StructureSummary>> structuresBySiret) {
        if (awardees.isEmpty()) {
            return new Award(null, null, null, reserved ? Reservation.SIAE : Reservation.NONE, null);
        }
        Awardee awardee = awardees.getFirst();
        if (!isSiret(awardee)) {
            String name = Stream.of(awardee.name(), awardee.idType(), awardee.id())
                    .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
            return new Award(null, name, null, reserved ? Reservation.SIAE : Reservation.NONE,
                    awardee(lotNumber, ContractAwardee.Role.HOLDER, awardee, null, null,
                            reserved ? CHECK_RESERVED : CHECK_NOT_SIRET));
        }
        Siret siret = Siret.parse(awardee.id());
        List<StructureSummary> found = structuresBySiret.getOrDefault(siret.value(), List.of());
        Optional<Reservation> reservation = reserved ? reservationFor(found) : Optional.of(Reservation.NONE);
        StructureSummary structure = reservation.flatMap(r -> found.stream().filter(s -> r.accepts(s.kind()))
                .findFirst()).orElse(found.isEmpty() ? null : found.getFirst());
        String name = !awardee.name().isBlank() ? awardee.name() : structure != null ? structure.name() : siret.value();
        String toCheck = reservation.isEmpty() ? CHECK_RESERVED : siret.passesChecksum() ? null : CHECK_CHECKSUM;
        UUID structureId = structure == null ? null : structure.id();
        return new Award(siret.value(), name, structureId, reservation.orElse(Reservation.SIAE),
                awardee(lotNumber, ContractAwardee.Role.HOLDER, awardee, structureId, null, toCheck));
    }

    /** A co-contractor or a subcontractor: linked to partners by SIRET; to check when it is known otherwise. */
    private ContractAwardee other(int lotNumber, ContractAwardee.Role role, Awardee awardee,
                                  @Nullable BigDecimal amount, Map<String, List<StructureSummary>> structuresBySiret) {
        if (!isSiret(awardee)) {
            return awardee(lotNumber, role, awardee, null, amount, CHECK_NOT_SIRET);
        }
        Siret siret = Siret.parse(awardee.id());
        List<StructureSummary> found = structuresBySiret.getOrDefault(siret.value(), List.of());
        return awardee(lotNumber, role, awardee, found.isEmpty() ? null : found.getFirst().id(), amount,
                siret.passesChecksum() ? null : CHECK_CHECKSUM);
    }

    private static ContractAwardee awardee(int lotNumber, ContractAwardee.Role role, Awardee awardee,
                                           @Nullable UUID structureId, @Nullable BigDecimal amount,
                                           @Nullable String toCheck) {
        boolean siret = isSiret(awardee);
        String idType = siret ? "SIRET" : awardee.idType().isBlank() ? "AUTRE"
                : awardee.idType().strip().toUpperCase(Locale.ROOT);
        return new ContractAwardee(lotNumber, role, idType, siret ? Siret.parse(awardee.id()).value()
                : awardee.id().strip(), awardee.name().isBlank() ? null : awardee.name(), structureId, amount, toCheck);
    }

    @SuppressWarnings("NullAway")
    private static ContractModification modification(DecpMarche.Modification read) {
        BigDecimal amount = read.amount().isBlank() ? null : amount(read.amount());
        reject(!read.amount().isBlank() && (amount == null || amount.signum() < 0), "decp.reason.modification",
                read.amount());
        Integer months = read.durationMonths().isBlank() ? null : months(read.durationMonths());
        reject(months != null && months < 1, "decp.reason.modification", read.durationMonths());
        reject(read.id().length() > IDENTIFIER_MAX_LENGTH, "decp.reason.too-long", "modifications");
        return new ContractModification(read.id().isBlank() ? null : read.id(), date(read.notifiedOn()),
                date(read.publishedOn()), amount, months);
    }

    /**
     * The accepted contracts whose buyer has registered the reference already (one query per buyer): the same
     * version is skipped, an older one too, a newer one updates the contract; a contract entered by hand is not
     * replaced by the file.
     */
    private List<Verdict> compareWithRegistered(List<Verdict> verdicts) {
        Map<String, Set<String>> referencesByBuyer = verdicts.stream().filter(Verdict::accepted)
                .map(Verdict::contract)
                .collect(Collectors.groupingBy(c -> c.details().buyer(),
                        Collectors.mapping(c -> c.details().reference(), Collectors.toSet())));
        Map<String, Map<String, Registered>> registered = new HashMap<>();
        referencesByBuyer.forEach((buyer, references) ->
                registered.put(buyer, register.registered(buyer, references)));
        return verdicts.stream().map(v -> compared(v, registered)).toList();
    }

    private static Verdict compared(Verdict v, Map<String, Map<String, Registered>> registered) {
        ImportedContract read = v.contract();
        if (read == null) {
            return v;
        }
        Registered known = registered.get(read.details().buyer()).get(read.details().reference());
        if (known == null) {
            return v;
        }
        String knownFingerprint = known.decpFingerprint();
        if (knownFingerprint == null) {
            return new Verdict(v.position(), v.read(), null, "decp.reason.duplicate", v.read().id(), false);
        }
        if (knownFingerprint.equals(read.publication().fingerprint())) {
            return new Verdict(v.position(), v.read(), null, UNCHANGED, v.read().id(), false);
        }
        LocalDate published = read.publication().publishedOn();
        LocalDate knownPublished = known.decpPublishedOn();
        if (published != null && knownPublished != null && published.isBefore(knownPublished)) {
            return new Verdict(v.position(), v.read(), null, OLDER, knownPublished.toString(), false);
        }
        return new Verdict(v.position(), v.read(), read.replacing(known), null, v.detail(), v.siretWarning());
    }

    /**
     * What the register would hold of the marché, hashed: the same version read again, from the same file or from
     * our own export of it, gives the same fingerprint (the lots' ids, drawn anew at each reading, are left out).
     */
    private static String fingerprint(ContractDetails details, List<Lot> lots, @Nullable LocalDate notifiedOn,
                                      List<ContractAwardee> awardees, List<ContractModification> modifications,
                                      @Nullable LocalDate publishedOn) {
        String held = String.join("\n", details.toString(), String.valueOf(notifiedOn), String.valueOf(publishedOn),
                lots.stream().map(lot -> List.of(lot.number(), lot.title(), lot.amountExclTax(),
                        String.valueOf(lot.awardeeSiret()), String.valueOf(lot.awardeeName()),
                        String.valueOf(lot.awardeeStructureId()), lot.reservation(), lot.clauseAnnounced(),
                        lot.criterionAnnounced()).toString()).collect(Collectors.joining(";")),
                awardees.toString(), modifications.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(held.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException notADate) {
            throw new Rejected("decp.reason.date", text);
        }
    }

    private static void reject(boolean rejected, String reason, @Nullable String detail) {
        if (rejected) {
            throw new Rejected(reason, detail);
        }
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
     * registered EA, EATT or ESAT a lot reserved to them; none for any other awardee, whose lot is kept to check.
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

}
