/** What facilitation does with the personal data it keeps when partners anonymises a participant (decision 0026). */
@NullMarked
package fr.nanterre.insertion.facilitation.privacy;

import org.jspecify.annotations.NullMarked;
