/**
 * Output: the JSON contract of {@code ./tacitus extract} (documented in {@code docs/schema.md}), written with
 * Jackson's streaming generator so that field order is fixed and documents stream without being held in memory.
 */
package org.tacitus.output;
