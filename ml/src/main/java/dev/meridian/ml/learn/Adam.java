package dev.meridian.ml.learn;

/** The Adam update (Kingma and Ba, 2015) applied in place to a weight matrix. */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[][] weights;
    private final double[][] m;
    private final double[][] v;
    private final double learningRate;
    private int t;

    Adam(double[][] weights, double learningRate) {
        this.weights = weights;
        this.learningRate = learningRate;
        this.m = new double[weights.length][weights[0].length];
        this.v = new double[weights.length][weights[0].length];
    }

    void step(double[][] gradient) {
        t++;
        double correction1 = 1 - Math.pow(BETA1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        for (int c = 0; c < weights.length; c++) {
            for (int j = 0; j < weights[c].length; j++) {
                double g = gradient[c][j];
                m[c][j] = BETA1 * m[c][j] + (1 - BETA1) * g;
                v[c][j] = BETA2 * v[c][j] + (1 - BETA2) * g * g;
                weights[c][j] -= learningRate * (m[c][j] / correction1) / (Math.sqrt(v[c][j] / correction2) + EPSILON);
            }
        }
    }
}
