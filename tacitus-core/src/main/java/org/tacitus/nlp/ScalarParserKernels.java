package org.tacitus.nlp;

/** {@link ParserKernels} in plain Java: loops the JIT vectorises where it can, eight accumulators for the dot. */
final class ScalarParserKernels implements ParserKernels {

    @Override
    public void add(float[] acc, float[] src, int from, int n) {
        for (int i = 0; i < n; i++) {
            acc[i] += src[from + i];
        }
    }

    @Override
    public void addScaled(float[] acc, int at, float[] src, int from, float a, int n) {
        for (int i = 0; i < n; i++) {
            acc[at + i] += a * src[from + i];
        }
    }

    @Override
    public void cube(float[] h, int n) {
        for (int i = 0; i < n; i++) {
            float x = h[i];
            h[i] = x * x * x;
        }
    }

    @Override
    public float dot(float[] a, int from, float[] b, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        for (int i = 0; i < n; i += 8) {
            int k = from + i;
            s0 += a[k] * b[i];
            s1 += a[k + 1] * b[i + 1];
            s2 += a[k + 2] * b[i + 2];
            s3 += a[k + 3] * b[i + 3];
            s4 += a[k + 4] * b[i + 4];
            s5 += a[k + 5] * b[i + 5];
            s6 += a[k + 6] * b[i + 6];
            s7 += a[k + 7] * b[i + 7];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
