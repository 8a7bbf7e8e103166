package fr.nanterre.insertion.urbanrenewal.project;

/** Two projects never share a name. */
public class DuplicateProjectException extends RuntimeException {

    public DuplicateProjectException(String name) {
        super("A project is named " + name + " already");
    }
}
