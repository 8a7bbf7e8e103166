package fr.nanterre.insertion.partners.structure;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A person to call at a structure. */
@Table(schema = "partners", name = "structure_contact")
public record Contact(String name, @Nullable String function, @Nullable String email, @Nullable String phone) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A contact has a name");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
    }
}
