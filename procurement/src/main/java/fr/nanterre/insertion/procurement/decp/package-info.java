/** The DECP format (the open data of French public contracts, JSON schema v2): reading, importing and exporting contracts. */
@NullMarked
package fr.nanterre.insertion.procurement.decp;

import org.jspecify.annotations.NullMarked;
