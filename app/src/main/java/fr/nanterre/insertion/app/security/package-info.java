@NullMarked
package fr.nanterre.insertion.app.security;

import org.jspecify.annotations.NullMarked;
