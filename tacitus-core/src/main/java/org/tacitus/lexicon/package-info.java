/**
 * Lexicons: the dictionaries Tacitus codes actors and places with, kept as data files under
 * {@code src/main/resources/org/tacitus/lexicon/} (each documented in the README there: source, licence, format),
 * and the loaders that read them, and a user's own dictionaries (Tacitus's simple format and PETRARCH/Phoenix
 * formats) into the same immutable records. Loaders are called once per JVM; the tables they build are
 * immutable and thread-safe.
 */
package org.tacitus.lexicon;
