/**
 * The Lucene 9 full-text index over article text, quotes and event evidence sentences, with day, actor, country
 * and type filters. Always rebuildable from the database.
 */
package org.tacitus.store.search;
