package org.tacitus.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A dependency parser model in the text format CoreNLP writes, read into the layout {@link ArcStandardParser}
 * computes with: a header ({@code dict=}, {@code pos=}, {@code label=}, {@code embeddingSize=},
 * {@code hiddenSize=}, {@code numTokens=}, {@code preComputed=}), one embedding line per word, tag and label, the
 * hidden layer's weights one input column per line, its bias, the output layer's weights one hidden unit per line,
 * and the ids of the features worth precomputing, most frequent first. Rows are padded with zeros to a multiple of
 * {@link #LANES} floats, so that the kernels need no scalar tail.
 */
final class ParserModelFile {

    static final String NULL = "-NULL-";
    static final int LANES = 64;

    /** Reads a gzipped model from the class path. */
    static ParserModelFile fromClassPath(String resource, int precompute) {
        try (InputStream raw = ParserModelFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("dependency parser model not on the class path: " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            return read(in, precompute);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }


    // filled once by read(), then only read by the parser's constructor
    Map<String, Integer> wordIds = new HashMap<>();
    Map<String, Integer> tagIds = new HashMap<>();
    Map<String, Integer> labelIds = new HashMap<>();
    String[] transitionLabels;
    int embeddingSize;
    int hiddenSize;
    int hiddenStride;
    int numTokens;
    int embeddingCount;
    float[] embeddings;
    float[] w1ByColumn;
    float[] b1;
    float[] w2;
    int[] precomputeIds;
    int precomputeLimit;

    private ParserModelFile() {
    }

    static ParserModelFile read(BufferedReader in, int precompute) throws IOException {
        ParserModelFile b = new ParserModelFile();
        b.precomputeLimit = precompute;
        String first = in.readLine();
        if (first != null && first.startsWith("language=")) {
            in.readLine(); // tlp=
            first = in.readLine();
        }
        int words = header(first, "dict");
        int tags = header(in.readLine(), "pos");
        int labelCount = header(in.readLine(), "label");
        b.embeddingSize = header(in.readLine(), "embeddingSize");
        b.hiddenSize = header(in.readLine(), "hiddenSize");
        b.numTokens = header(in.readLine(), "numTokens");
        int precomputed = header(in.readLine(), "preComputed");
        b.embeddingCount = words + tags + labelCount;
        b.embeddings = new float[b.embeddingCount * b.embeddingSize];
        String[] labelNames = new String[labelCount];
        for (int id = 0; id < b.embeddingCount; id++) {
            String line = in.readLine();
            int space = line.indexOf(' ');
            String name = line.substring(0, space);
            if (id < words) {
                b.wordIds.put(name, id);
            } else if (id < words + tags) {
                b.tagIds.put(name, id);
            } else {
                b.labelIds.put(name, id);
                labelNames[id - words - tags] = name;
            }
            floats(line, space + 1, b.embeddings, id * b.embeddingSize, 1, b.embeddingSize);
        }
        if (labelCount < 2 || !NULL.equals(labelNames[0])) {
            throw new IllegalStateException("model's first label is not " + NULL);
        }
        b.transitionLabels = java.util.Arrays.copyOfRange(labelNames, 1, labelCount);
        int columns = b.numTokens * b.embeddingSize;
        b.hiddenStride = padded(b.hiddenSize);
        b.w1ByColumn = new float[columns * b.hiddenStride];
        for (int c = 0; c < columns; c++) {
            floats(in.readLine(), 0, b.w1ByColumn, c * b.hiddenStride, 1, b.hiddenSize);
        }
        b.b1 = new float[b.hiddenStride];
        floats(in.readLine(), 0, b.b1, 0, 1, b.hiddenSize);
        int transitions = 2 * (labelCount - 1) + 1;
        b.w2 = new float[transitions * b.hiddenStride];
        for (int h = 0; h < b.hiddenSize; h++) {
            floats(in.readLine(), 0, b.w2, h, b.hiddenStride, transitions);
        }
        int wanted = Math.min(precomputed, precompute);
        b.precomputeIds = new int[wanted];
        int got = 0;
        while (got < wanted) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            for (String id : line.trim().split(" ")) {
                if (got < wanted && !id.isEmpty()) {
                    b.precomputeIds[got++] = Integer.parseInt(id);
                }
            }
        }
        if (got < wanted) {
            b.precomputeIds = java.util.Arrays.copyOf(b.precomputeIds, got);
        }
        return b;
    }

    private static int padded(int length) {
        return (length + LANES - 1) / LANES * LANES;
    }

    private static int header(String line, String key) {
        if (line == null || !line.startsWith(key + "=")) {
            throw new IllegalStateException("model header: expected " + key + "=, found " + line);
        }
        return Integer.parseInt(line.substring(key.length() + 1).trim());
    }

    /** Parses {@code count} space-separated floats of {@code line} from {@code from} into out[at + k*stride]. */
    private static void floats(String line, int from, float[] out, int at, int stride, int count) {
        int pos = from;
        for (int k = 0; k < count; k++) {
            while (pos < line.length() && line.charAt(pos) == ' ') {
                pos++;
            }
            int end = line.indexOf(' ', pos);
            if (end < 0) {
                end = line.length();
            }
            out[at + k * stride] = Float.parseFloat(line.substring(pos, end));
            pos = end;
        }
    }
}
