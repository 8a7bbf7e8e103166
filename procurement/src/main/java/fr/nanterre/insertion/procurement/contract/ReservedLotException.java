package fr.nanterre.insertion.procurement.contract;

/** A reserved lot cannot go to this awardee: it is not a registered structure of a kind the reservation accepts. */
public class ReservedLotException extends RuntimeException {

    private final Reservation reservation;

    public ReservedLotException(Reservation reservation, String siret) {
        super("Lot reserved to " + reservation + " cannot be awarded to " + siret);
        this.reservation = reservation;
    }

    public Reservation reservation() {
        return reservation;
    }
}
