# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The lesson-3 cross-entropy run written as a learner would in numpy, without any recording:
# the reference the recorder's speed is compared against. Prints seconds for the loop only.
import sys
import time

import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
    D = np.array([0, 1, 1, 0], dtype=float)
    alpha = 0.9
    np.random.seed(0)
    W1 = 2 * np.random.random((4, 3)) - 1
    W2 = 2 * np.random.random((1, 4)) - 1
    start = time.perf_counter()
    for _ in range(epochs):
        for k in range(4):
            x = X[k, :].reshape(3, 1)
            d = D[k]
            v1 = np.dot(W1, x)
            y1 = sigmoid(v1)
            v = np.dot(W2, y1)
            y = sigmoid(v)
            e = d - y
            delta = e
            e1 = np.dot(W2.T, delta)
            delta1 = y1 * (1 - y1) * e1
            dW1 = alpha * delta1 * x.T
            W1 = W1 + dW1
            dW2 = alpha * delta * y1.T
            W2 = W2 + dW2
    print(f"{time.perf_counter() - start:.6f}")


main()
