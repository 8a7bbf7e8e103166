/** Role names and the current user, as method security and audit lines read them. */
@NullMarked
package fr.nanterre.platform.security;

import org.jspecify.annotations.NullMarked;
