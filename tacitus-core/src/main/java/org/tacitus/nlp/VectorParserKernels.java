package org.tacitus.nlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ParserKernels} with the JDK's vector API (incubating in Java 17): the widest float vectors the CPU has
 * (16 lanes with AVX-512). Loaded by name only when the JVM has the module.
 */
final class VectorParserKernels implements ParserKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    VectorParserKernels() {
        if (64 % LANES != 0) {
            throw new IllegalStateException("unexpected vector width " + LANES);
        }
    }

    @Override
    public void add(float[] acc, float[] src, int from, int n) {
        for (int i = 0; i < n; i += LANES) {
            FloatVector.fromArray(SPECIES, acc, i).add(FloatVector.fromArray(SPECIES, src, from + i)).intoArray(acc, i);
        }
    }

    @Override
    public void addScaled(float[] acc, int at, float[] src, int from, float a, int n) {
        FloatVector scale = FloatVector.broadcast(SPECIES, a);
        for (int i = 0; i < n; i += LANES) {
            FloatVector.fromArray(SPECIES, src, from + i).fma(scale, FloatVector.fromArray(SPECIES, acc, at + i))
                    .intoArray(acc, at + i);
        }
    }

    @Override
    public void cube(float[] h, int n) {
        for (int i = 0; i < n; i += LANES) {
            FloatVector x = FloatVector.fromArray(SPECIES, h, i);
            x.mul(x).mul(x).intoArray(h, i);
        }
    }

    @Override
    public float dot(float[] a, int from, float[] b, int n) {
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector s1 = FloatVector.zero(SPECIES);
        for (int i = 0; i < n; i += 2 * LANES) {
            s0 = FloatVector.fromArray(SPECIES, a, from + i).fma(FloatVector.fromArray(SPECIES, b, i), s0);
            s1 = FloatVector.fromArray(SPECIES, a, from + i + LANES).fma(FloatVector.fromArray(SPECIES, b, i + LANES), s1);
        }
        return s0.add(s1).reduceLanes(VectorOperators.ADD);
    }
}
