package dev.alertdigest.bench;

/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS) on standardised features, the
 * coefficients returned in the features' own units so the product can apply them to raw values. Small and
 * exact: a handful of features and a thousand examples converge in a few iterations.
 */
final class LogisticRegression {

    /** The fitted model: {@code bias + Σ weights[i] × x[i]} is the log-odds of the positive class. */
    record Fit(double bias, double[] weights) {
        double logit(double[] x) {
            double sum = bias;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * x[i];
            }
            return sum;
        }
    }

    private LogisticRegression() {
    }

    /** Fits {@code x} (rows of features) to {@code y}; {@code l2} penalises the standardised weights (not the bias). */
    static Fit fit(double[][] x, boolean[] y, double l2) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
        }
        double[] w = new double[d + 1]; // w[0] the bias
        double[] z = new double[d + 1];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                z[0] = 1;
                for (int j = 0; j < d; j++) {
                    z[j + 1] = (x[i][j] - mean[j]) / sd[j];
                }
                double p = 1 / (1 + Math.exp(-dot(w, z)));
                double r = p - (y[i] ? 1 : 0);
                double v = p * (1 - p);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += r * z[a];
                    for (int b = 0; b <= d; b++) {
                        hessian[a][b] += v * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                gradient[a] += l2 * w[a];
                hessian[a][a] += l2;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double bias = w[0];
        double[] weights = new double[d];
        for (int j = 0; j < d; j++) {
            weights[j] = w[j + 1] / sd[j];
            bias -= weights[j] * mean[j];
        }
        return new Fit(bias, weights);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the Hessian is positive definite thanks to the penalty. */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int row = col + 1; row < n; row++) {
                double f = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= f * a[col][k];
                }
                b[row] -= f * b[col];
            }
        }
        double[] out = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * out[k];
            }
            out[row] = sum / a[row][row];
        }
        return out;
    }
}
