package org.tacitus.nlp;

/**
 * The four loops the dependency parser spends its time in, over float rows whose length is a multiple of 64. Two
 * implementations: {@link VectorParserKernels} with the JDK's vector API when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code tacitus} script and the tests do so), else plain loops.
 * Both give the same parses (the agreement test runs each).
 */
interface ParserKernels {

    /** acc[i] += src[from + i] for i in [0, n). */
    void add(float[] acc, float[] src, int from, int n);

    /** acc[at + i] += a * src[from + i] for i in [0, n). */
    void addScaled(float[] acc, int at, float[] src, int from, float a, int n);

    /** h[i] = h[i]³ for i in [0, n). */
    void cube(float[] h, int n);

    /** The dot product of a[from .. from + n) and b[0 .. n). */
    float dot(float[] a, int from, float[] b, int n);

    /** The vector kernels when the JVM has the incubator module, else the scalar ones. */
    static ParserKernels best() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && !Boolean.getBoolean("tacitus.scalar")) {
            try {
                // by name: this class must load, and work, on a JVM without the module
                return (ParserKernels) Class.forName("org.tacitus.nlp.VectorParserKernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return new ScalarParserKernels();
            }
        }
        return new ScalarParserKernels();
    }
}
