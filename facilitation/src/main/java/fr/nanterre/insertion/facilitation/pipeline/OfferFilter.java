package fr.nanterre.insertion.facilitation.pipeline;

import org.jspecify.annotations.Nullable;

/** @param text part of the post, the employer's name or SIRET, or the contract's reference */
public record OfferFilter(@Nullable String text, @Nullable OfferState state) {
}
