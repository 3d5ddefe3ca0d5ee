package org.tacitus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;

/**
 * Decodes input bytes: a byte-order mark wins, then a charset named by the transport, then UTF-8. Bytes that are
 * not valid in that charset are decoded as windows-1252 (the usual culprit in news archives) and a
 * {@link ProblemCode#CHARSET_FALLBACK} problem says so, so no article is lost for one bad byte. Binary data is
 * recognised by NUL bytes and control characters and reported, not decoded.
 */
public final class TextDecoding {

    private static final String STAGE = "ingest";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** True when the bytes look like binary data rather than text in any common encoding. */
    public static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 text legitimately holds NUL bytes
        }
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample; // more than 5% control characters
    }

    /**
     * @param bytes       the raw input (not binary; check {@link #looksBinary} first)
     * @param charsetHint a charset name from the transport, or null
     */
    public static DecodedText decode(byte[] bytes, String charsetHint) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFallback(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictOrFallback(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictOrFallback(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = charsetFor(charsetHint).orElse(StandardCharsets.UTF_8);
        return strictOrFallback(bytes, 0, declared);
    }

    /** The charset with that name, if the JVM knows it. */
    public static Optional<Charset> charsetFor(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.trim().replace("\"", "").replace("'", "")));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static DecodedText strictOrFallback(byte[] bytes, int offset, Charset charset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
            return new DecodedText(text, charset.name(), Optional.empty());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            Problem problem = Problem.of(ProblemCode.CHARSET_FALLBACK, STAGE,
                    "input is not valid " + charset.name() + "; decoded as windows-1252");
            return new DecodedText(text, WINDOWS_1252.name(), Optional.of(problem));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
