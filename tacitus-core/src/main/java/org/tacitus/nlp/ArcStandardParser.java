package org.tacitus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own inference for the neural transition-based dependency parser model that ships with CoreNLP (Chen and
 * Manning's arc-standard parser, {@code english_UD.gz}): same model, same features, same transitions, so the same
 * trees as CoreNLP's {@code depparse} annotator — {@code ArcStandardParserTest} compares the two sentence by
 * sentence — at a fraction of the cost.
 *
 * <p>Why not CoreNLP's own code: profiling ({@code ./tacitus bench} under JFR) put half of all extraction time in
 * its scoring, which walks the hidden layer's weights row by row in double precision, keeps a synchronised LRU cache
 * that every thread writes on every lookup (two threads mostly wait on each other's cache lines), and then builds
 * five dependency graphs per sentence of which we read one. Here the weights are laid out so that every inner loop
 * is a contiguous {@code a[i] += b[i] * s} over floats, which the JIT turns into vector instructions; feature
 * lookups go through an int array instead of a boxed hash map; the precomputed hidden-layer contributions of the
 * model's most frequent features are read-only, so threads share nothing mutable; and the children of each node are
 * kept as they are attached instead of found by scanning the sentence twelve times a transition.
 *
 * <p>The model file is read by {@link ParserModelFile}.
 *
 * <p>Instances are immutable after loading and safe to share between threads.
 */
public final class ArcStandardParser {

    /** The UD English model inside CoreNLP's models jar. */
    public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** How many of the model's most frequent features get their hidden-layer contribution computed at load. */
    public static final int DEFAULT_PRECOMPUTED = 40_000;

    private static final String UNKNOWN = "-UNKNOWN-";
    private static final String NULL = ParserModelFile.NULL;
    private static final String ROOT = "-ROOT-";
    private static final int NONE = -1;
    /** Feature layout of the model: 18 words, 18 tags, 12 labels. */
    private static final int TAG_OFFSET = 18;
    private static final int LABEL_OFFSET = 36;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> tagIds;
    private final int unknownWord;
    private final int nullWord;
    private final int rootWord;
    private final int unknownTag;
    private final int nullTag;
    private final int rootTag;
    private final int nullLabel;
    /** Relation labels in transition order (the model's labels without -NULL-); the first is the root's. */
    private final String[] labels;
    /** Embedding id of each entry of {@link #labels}. */
    private final int[] labelIds;
    private final int embeddingSize;
    private final int numTokens;
    private final int transitions;
    /** Length of a hidden-layer row, rounded up to a multiple of {@link ParserModelFile#LANES} with zeros. */
    private final int hiddenStride;
    /** Embeddings, [id][embeddingSize] flattened. */
    private final float[] embeddings;
    /** Hidden-layer weights by input column: [numTokens * embeddingSize][hiddenSize] flattened. */
    private final float[] w1ByColumn;
    private final float[] b1;
    /** Output-layer weights: [transitions][hiddenStride] flattened. */
    private final float[] w2;
    private final ParserKernels kernels;
    /** For feature (id * numTokens + position): its row in {@link #precomputed}, or -1. */
    private final int[] precomputedRow;
    private final float[] precomputed;
    /**
     * Each thread's own hidden-layer contributions of features outside the precomputed set (a name met in one
     * sentence of an article usually comes back in the next): no locks, nothing shared; emptied when full.
     */
    private final ThreadLocal<Map<Integer, float[]>> slices = ThreadLocal.withInitial(HashMap::new);
    private static final int CACHED_SLICES = 8192;

    private ArcStandardParser(ParserModelFile b, ParserKernels kernels) {
        this.wordIds = b.wordIds;
        this.tagIds = b.tagIds;
        this.unknownWord = wordIds.get(UNKNOWN);
        this.nullWord = wordIds.get(NULL);
        this.rootWord = wordIds.get(ROOT);
        this.unknownTag = tagIds.get(UNKNOWN);
        this.nullTag = tagIds.get(NULL);
        this.rootTag = tagIds.get(ROOT);
        this.nullLabel = b.labelIds.get(NULL);
        this.labels = b.transitionLabels;
        this.labelIds = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelIds[i] = b.labelIds.get(labels[i]);
        }
        this.embeddingSize = b.embeddingSize;
        this.numTokens = b.numTokens;
        this.transitions = 2 * labels.length + 1;
        this.hiddenStride = b.hiddenStride;
        this.embeddings = b.embeddings;
        this.w1ByColumn = b.w1ByColumn;
        this.b1 = b.b1;
        this.w2 = b.w2;
        this.kernels = kernels;
        this.precomputedRow = new int[b.embeddingCount * numTokens];
        java.util.Arrays.fill(precomputedRow, -1);
        int rows = Math.min(b.precomputeIds.length, b.precomputeLimit);
        this.precomputed = new float[rows * hiddenStride];
        for (int r = 0; r < rows; r++) {
            int feature = b.precomputeIds[r];
            precomputedRow[feature] = r;
            addSlice(precomputed, r * hiddenStride, feature / numTokens, feature % numTokens);
        }
    }

    /** Loads the UD English model from the class path (CoreNLP's models jar) with the default precomputation. */
    public static ArcStandardParser englishUd() {
        return load(ENGLISH_UD, DEFAULT_PRECOMPUTED);
    }

    /** Loads a model in CoreNLP's text format (gzipped) from the class path. */
    public static ArcStandardParser load(String resource, int precompute) {
        return load(resource, precompute, ParserKernels.best());
    }

    static ArcStandardParser load(String resource, int precompute, ParserKernels kernels) {
        return new ArcStandardParser(ParserModelFile.fromClassPath(resource, precompute), kernels);
    }

    /** A parse: for token i (0-based), its head (0-based, -1 for the root) and relation. */
    public record Parse(int[] heads, String[] relations) {
    }

    /** Parses one sentence tokenised and POS-tagged by CoreNLP (its {@code word()} and {@code tag()}). */
    public Parse parseTagged(List<CoreLabel> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel l : tokens) {
            words.add(l.word());
            tags.add(l.tag());
        }
        return parse(words, tags);
    }

    /**
     * Parses one tagged sentence. {@code words} are the tokens as CoreNLP's tokenizer writes them
     * ({@code CoreLabel.word()}), {@code tags} their Penn Treebank tags.
     */
    public Parse parse(List<String> words, List<String> tags) {
        int n = words.size();
        if (tags.size() != n) {
            throw new IllegalArgumentException(n + " words but " + tags.size() + " tags");
        }
        // node k (1..n) is token k-1; node 0 is the root
        int[] wordId = new int[n + 1];
        int[] tagId = new int[n + 1];
        wordId[0] = rootWord;
        tagId[0] = rootTag;
        for (int i = 0; i < n; i++) {
            wordId[i + 1] = wordIds.getOrDefault(words.get(i), unknownWord);
            tagId[i + 1] = tagIds.getOrDefault(tags.get(i), unknownTag);
        }
        State s = new State(n);
        int[] features = new int[numTokens];
        float[] hidden = new float[hiddenStride];
        float[] scores = new float[transitions];
        Map<Integer, float[]> cache = slices.get();
        if (cache.size() > CACHED_SLICES) {
            cache.clear();
        }
        while (!(s.stackSize == 1 && s.next > n)) {
            if (s.stackSize <= 2) {
                // one legal move: shift while the buffer lasts, then attach the last word to the root
                apply(s, s.next <= n ? 2 * labels.length : labels.length);
                continue;
            }
            features(s, wordId, tagId, features);
            score(features, hidden, scores, cache);
            int best = -1;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < transitions; t++) {
                if (scores[t] > bestScore && legal(s, n, t)) {
                    bestScore = scores[t];
                    best = t;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("no legal transition"); // cannot happen: shift or a reduce is legal
            }
            apply(s, best);
        }
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int k = 1; k <= n; k++) {
            heads[k - 1] = s.head[k] - 1;
            relations[k - 1] = s.label[k] < 0 ? "dep" : labels[s.label[k]];
        }
        markPassiveSubjects(heads, relations);
        return new Parse(heads, relations);
    }

    /**
     * CoreNLP's basic UD dependencies relabel the subject of a head that has an {@code aux:pass} dependent as
     * {@code nsubj:pass} ({@code csubj:pass}) after parsing; the model itself may predict plain {@code nsubj}.
     */
    private static void markPassiveSubjects(int[] heads, String[] relations) {
        boolean[] passive = new boolean[heads.length];
        boolean any = false;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && "aux:pass".equals(relations[i])) {
                passive[heads[i]] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && passive[heads[i]]) {
                if ("nsubj".equals(relations[i])) {
                    relations[i] = "nsubj:pass";
                } else if ("csubj".equals(relations[i])) {
                    relations[i] = "csubj:pass";
                }
            }
        }
    }

    /** The parser's configuration: stack, the buffer (always tokens next..n), arcs so far and each node's children. */
    private static final class State {
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] head;
        final int[] label;
        /** First and second left-most children, first and second right-most children of each node. */
        final int[] left1;
        final int[] left2;
        final int[] right1;
        final int[] right2;

        State(int n) {
            stack = new int[n + 1];
            stack[0] = 0;
            stackSize = 1;
            head = new int[n + 1];
            label = new int[n + 1];
            java.util.Arrays.fill(head, NONE);
            java.util.Arrays.fill(label, -1);
            left1 = filled(n + 1);
            left2 = filled(n + 1);
            right1 = filled(n + 1);
            right2 = filled(n + 1);
        }

        private static int[] filled(int size) {
            int[] a = new int[size];
            java.util.Arrays.fill(a, NONE);
            return a;
        }

        int stack(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : NONE;
        }

        void arc(int h, int d, int l) {
            head[d] = h;
            label[d] = l;
            if (d < h) {
                if (left1[h] == NONE || d < left1[h]) {
                    left2[h] = left1[h];
                    left1[h] = d;
                } else if (left2[h] == NONE || d < left2[h]) {
                    left2[h] = d;
                }
            } else {
                if (right1[h] == NONE || d > right1[h]) {
                    right2[h] = right1[h];
                    right1[h] = d;
                } else if (right2[h] == NONE || d > right2[h]) {
                    right2[h] = d;
                }
            }
        }
    }

    private static int child(int[] children, int k) {
        return k < 0 ? NONE : children[k];
    }

    private void features(State s, int[] wordId, int[] tagId, int[] f) {
        int n = wordId.length - 1;
        for (int j = 2; j >= 0; j--) {
            int k = s.stack(j);
            f[2 - j] = word(k, wordId);
            f[TAG_OFFSET + 2 - j] = tag(k, tagId);
        }
        for (int j = 0; j <= 2; j++) {
            int k = s.next + j <= n ? s.next + j : NONE;
            f[3 + j] = word(k, wordId);
            f[TAG_OFFSET + 3 + j] = tag(k, tagId);
        }
        for (int j = 0; j <= 1; j++) {
            int k = s.stack(j);
            int base = 6 + 6 * j;
            int l1 = child(s.left1, k);
            int r1 = child(s.right1, k);
            childFeatures(f, base, l1, s, wordId, tagId);
            childFeatures(f, base + 1, r1, s, wordId, tagId);
            childFeatures(f, base + 2, child(s.left2, k), s, wordId, tagId);
            childFeatures(f, base + 3, child(s.right2, k), s, wordId, tagId);
            childFeatures(f, base + 4, child(s.left1, l1), s, wordId, tagId);
            childFeatures(f, base + 5, child(s.right1, r1), s, wordId, tagId);
        }
    }

    private void childFeatures(int[] f, int position, int node, State s, int[] wordId, int[] tagId) {
        f[position] = word(node, wordId);
        f[TAG_OFFSET + position] = tag(node, tagId);
        f[LABEL_OFFSET + position - 6] = node <= 0 ? nullLabel : labelIds[s.label[node]];
    }

    private int word(int node, int[] wordId) {
        return node < 0 ? nullWord : wordId[node];
    }

    private int tag(int node, int[] tagId) {
        return node < 0 ? nullTag : tagId[node];
    }

    private void score(int[] features, float[] hidden, float[] scores, Map<Integer, float[]> cache) {
        System.arraycopy(b1, 0, hidden, 0, hiddenStride);
        for (int j = 0; j < numTokens; j++) {
            int feature = features[j] * numTokens + j;
            int row = precomputedRow[feature];
            if (row >= 0) {
                kernels.add(hidden, precomputed, row * hiddenStride, hiddenStride);
            } else {
                float[] slice = cache.get(feature);
                if (slice == null) {
                    slice = new float[hiddenStride];
                    addSlice(slice, 0, features[j], j);
                    cache.put(feature, slice);
                }
                kernels.add(hidden, slice, 0, hiddenStride);
            }
        }
        kernels.cube(hidden, hiddenStride);
        for (int t = 0; t < transitions; t++) {
            scores[t] = kernels.dot(w2, t * hiddenStride, hidden, hiddenStride);
        }
    }

    /** target[offset..offset+hidden) += W1[:, position's columns] · E[id]. */
    private void addSlice(float[] target, int offset, int id, int position) {
        int e0 = id * embeddingSize;
        int c0 = position * embeddingSize;
        for (int e = 0; e < embeddingSize; e++) {
            kernels.addScaled(target, offset, w1ByColumn, (c0 + e) * hiddenStride, embeddings[e0 + e], hiddenStride);
        }
    }

    /** Transitions: 0..L-1 left-arc with label t, L..2L-1 right-arc with label t-L, 2L shift. */
    private boolean legal(State s, int n, int t) {
        int l = labels.length;
        boolean shift = t == 2 * l;
        boolean bufferEmpty = s.next > n;
        if (shift) {
            return !bufferEmpty;
        }
        boolean left = t < l;
        int label = left ? t : t - l;
        int h = left ? s.stack(0) : s.stack(1);
        if (h < 0 || (h == 0) != (label == 0)) {
            return false;
        }
        return left ? s.stackSize > 2 : s.stackSize > 2 || (s.stackSize == 2 && bufferEmpty);
    }

    private void apply(State s, int t) {
        int l = labels.length;
        if (t == 2 * l) {
            s.stack[s.stackSize++] = s.next++;
            return;
        }
        int top = s.stack(0);
        int second = s.stack(1);
        if (t < l) {
            s.arc(top, second, t);
            s.stack[s.stackSize - 2] = top;
        } else {
            s.arc(second, top, t - l);
        }
        s.stackSize--;
    }
}
