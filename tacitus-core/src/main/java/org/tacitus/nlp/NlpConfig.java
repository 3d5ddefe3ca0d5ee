package org.tacitus.nlp;

/**
 * Settings of the NLP layer.
 *
 * @param maxTaggedTokens sentences longer than this are kept as tokens only (no POS, NER or parse): CRF taggers on
 *                        run-on "sentences" from tables or soup cost much and give nothing
 * @param maxParsedTokens sentences longer than this are tagged but not dependency-parsed
 * @param timexes         whether CoreNLP's SUTime tags temporal expressions (until our own time stage replaces it)
 */
public record NlpConfig(int maxTaggedTokens, int maxParsedTokens, boolean timexes) {

    public NlpConfig {
        if (maxTaggedTokens < 1 || maxParsedTokens < 1 || maxParsedTokens > maxTaggedTokens) {
            throw new IllegalArgumentException("need 1 <= maxParsedTokens <= maxTaggedTokens");
        }
    }

    public static NlpConfig defaults() {
        return new NlpConfig(250, 100, false);
    }
}
