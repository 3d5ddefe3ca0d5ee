package org.tacitus.model;

/**
 * Stable codes for everything that can go wrong with an input. The CLI, the API and the store all report these
 * names; never rename one, only add. {@link #fatal()} codes make a document unprocessable (it is reported as
 * {@code {"id","error"}}); the others are recorded in the document's {@code problems} and processing goes on.
 */
public enum ProblemCode {
    // --- reading: fatal for the document ---
    INPUT_NOT_FOUND(true, "the path does not exist"),
    INPUT_UNREADABLE(true, "the input could not be read (I/O error or permissions)"),
    EMPTY_INPUT(true, "the input holds no text"),
    BINARY_INPUT(true, "the input is binary data, not text"),
    DOCUMENT_TOO_LARGE(true, "the document exceeds the configured maximum size"),
    UNSUPPORTED_FORMAT(true, "no reader handles this input"),
    JSONL_MALFORMED(true, "a JSONL line is not a JSON object"),
    JSONL_MISSING_TEXT(true, "a JSONL object has no string field \"text\""),
    HTML_NO_TEXT(true, "no article text could be found in the HTML"),
    WARC_MALFORMED(true, "a WARC file or record is truncated or malformed"),
    PROCESSING_FAILED(true, "an unexpected failure while processing the document"),

    // --- recorded, processing goes on ---
    DATE_UNKNOWN(false, "no publication date found; relative dates cannot be anchored"),
    DATE_UNPARSEABLE(false, "a publication date was present but could not be parsed"),
    CHARSET_FALLBACK(false, "the bytes are not valid in the declared or default charset; decoded with a fallback"),
    SENTENCE_TOO_LONG(false, "a sentence is too long to tag or parse; it was kept as tokens only"),
    SENTENCE_NOT_PARSED(false, "a sentence is too long for the dependency parser; it was tagged but not parsed"),
    SENTENCE_FAILED(false, "the NLP tools failed on one sentence; the rest of the document goes on");

    private final boolean fatal;
    private final String meaning;

    ProblemCode(boolean fatal, String meaning) {
        this.fatal = fatal;
        this.meaning = meaning;
    }

    /** True when a document with this problem cannot be processed at all. */
    public boolean fatal() {
        return fatal;
    }

    /** A one-line description for documentation and {@code --help}. */
    public String meaning() {
        return meaning;
    }
}
