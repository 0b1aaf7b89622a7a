/* C references for the loop kernels: what `gcc -O3 -march=native` makes of the
 * same loops, as the practical limit. Each function repeats the kernel `reps`
 * times so that the ctypes call overhead is amortised; the empty asm with a
 * memory clobber keeps the compiler from hoisting the work out of that loop.
 * Accumulation types match the Python kernels (a float32 sum of squares
 * accumulates in double, like `s = 0.0` in Python). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#define BARRIER(p) __asm__ volatile("" : : "r"(p) : "memory")

#define DEFINE_KERNELS(T, S)                                                        \
    double sum_squares_##S(const T *a, int64_t n, int64_t reps) {                  \
        double r = 0.0;                                                            \
        for (int64_t k = 0; k < reps; k++) {                                       \
            double s = 0.0;                                                        \
            for (int64_t i = 0; i < n; i++) s += (double)(a[i] * a[i]);           \
            r += s;                                                                \
            BARRIER(a);                                                            \
        }                                                                          \
        return r / (double)reps;                                                   \
    }                                                                              \
    double dot_##S(const T *a, const T *b, int64_t n, int64_t reps) {              \
        double r = 0.0;                                                            \
        for (int64_t k = 0; k < reps; k++) {                                       \
            double s = 0.0;                                                        \
            for (int64_t i = 0; i < n; i++) s += (double)(a[i] * b[i]);           \
            r += s;                                                                \
            BARRIER(a);                                                            \
        }                                                                          \
        return r / (double)reps;                                                   \
    }                                                                              \
    void saxpy_##S(T alpha, const T *x, const T *y, T *out, int64_t n, int64_t reps) { \
        for (int64_t k = 0; k < reps; k++) {                                       \
            for (int64_t i = 0; i < n; i++) out[i] = alpha * x[i] + y[i];          \
            BARRIER(out);                                                          \
        }                                                                          \
    }                                                                              \
    void triad_##S(const T *b, const T *c, T scalar, T *a, int64_t n, int64_t reps) { \
        for (int64_t k = 0; k < reps; k++) {                                       \
            for (int64_t i = 0; i < n; i++) a[i] = b[i] + scalar * c[i];           \
            BARRIER(a);                                                            \
        }                                                                          \
    }                                                                              \
    void stencil_##S(const T *a, T *out, int64_t n, int64_t m, int64_t reps) {     \
        for (int64_t k = 0; k < reps; k++) {                                       \
            for (int64_t i = 1; i < n - 1; i++)                                    \
                for (int64_t j = 1; j < m - 1; j++)                                \
                    out[i * m + j] = (T)0.25 * (a[(i - 1) * m + j] + a[(i + 1) * m + j] \
                                                + a[i * m + j - 1] + a[i * m + j + 1]); \
            BARRIER(out);                                                          \
        }                                                                          \
    }                                                                              \
    void matmul_##S(const T *a, const T *b, T *out, int64_t n, int64_t kk, int64_t m, \
                    int64_t reps) {                                                \
        for (int64_t r = 0; r < reps; r++) {                                       \
            for (int64_t i = 0; i < n; i++) {                                      \
                for (int64_t j = 0; j < m; j++) out[i * m + j] = 0;                \
                for (int64_t p = 0; p < kk; p++) {                                 \
                    T aip = a[i * kk + p];                                         \
                    for (int64_t j = 0; j < m; j++) out[i * m + j] += aip * b[p * m + j]; \
                }                                                                  \
            }                                                                      \
            BARRIER(out);                                                          \
        }                                                                          \
    }

DEFINE_KERNELS(double, f64)
DEFINE_KERNELS(float, f32)

/* Copy bandwidth: the machine's practical memory limit for streaming kernels. */
void copy_f64(const double *src, double *dst, int64_t n, int64_t reps) {
    for (int64_t k = 0; k < reps; k++) {
        memcpy(dst, src, (size_t)n * sizeof(double));
        BARRIER(dst);
    }
}

int64_t mandelbrot(int64_t width, int64_t height, int64_t max_iter) {
    int64_t total = 0;
    for (int64_t y = 0; y < height; y++) {
        for (int64_t x = 0; x < width; x++) {
            double cr = -2.0 + 3.0 * (double)x / (double)width;
            double ci = -1.2 + 2.4 * (double)y / (double)height;
            double zr = 0.0, zi = 0.0;
            int64_t n = 0;
            while (n < max_iter && hypot(zr, zi) <= 2.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                n++;
            }
            total += n;
        }
    }
    return total;
}

int64_t collatz(int64_t limit) {
    int64_t longest = 0;
    for (int64_t start = 1; start < limit; start++) {
        int64_t n = start, steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        if (steps > longest) longest = steps;
    }
    return longest;
}

int64_t fib(int64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
