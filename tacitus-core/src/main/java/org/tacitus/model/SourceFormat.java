package org.tacitus.model;

/** The input format an article was read from. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML, JSONL, WARC
}
