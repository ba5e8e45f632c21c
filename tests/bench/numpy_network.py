# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A 3-16-16-1 network (tanh, tanh, sigmoid; cross-entropy delta; per-sample updates) on 256
# points of a 16 x 16 grid, trained as a learner would write it in numpy, without recording:
# the reference deltatrace-networkbench compares the general recorder against.
# Usage: numpy_network.py EPOCHS [--record]. Prints seconds for the loop only. With --record the
# loop also keeps every value of every step (a copy of each array in a list), as a recorder in
# numpy would: the like-for-like comparison for DeltaTrace's recording.
import sys
import time

import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    record = "--record" in sys.argv[2:]
    kept = []
    # The grid's points, a bias column of ones, and 1 inside the circle of radius 0.6.
    X = np.array([[-1 + 2 * i / 15, -1 + 2 * j / 15, 1.0] for i in range(16) for j in range(16)])
    D = np.array([1.0 if x[0] * x[0] + x[1] * x[1] < 0.36 else 0.0 for x in X])
    alpha = 0.1
    np.random.seed(0)
    W1 = 2 * np.random.random((16, 3)) - 1
    W2 = 2 * np.random.random((16, 16)) - 1
    W3 = 2 * np.random.random((1, 16)) - 1
    start = time.perf_counter()
    for _ in range(epochs):
        for k in range(256):
            x = X[k, :].T
            d = D[k]
            v1 = np.matmul(W1, x)
            y1 = np.tanh(v1)
            v2 = np.matmul(W2, y1)
            y2 = np.tanh(v2)
            v3 = np.matmul(W3, y2)
            y3 = sigmoid(v3)
            e3 = d - y3
            delta3 = e3
            e2 = np.matmul(W3.T, delta3)
            delta2 = (1 - y2 * y2) * e2
            e1 = np.matmul(W2.T, delta2)
            delta1 = (1 - y1 * y1) * e1
            dW1 = np.outer(alpha * delta1, x)
            W1 = W1 + dW1
            dW2 = np.outer(alpha * delta2, y1)
            W2 = W2 + dW2
            dW3 = np.outer(alpha * delta3, y2)
            W3 = W3 + dW3
            if record:
                kept.append((v1, y1, v2, y2, v3, y3, e3, delta3, e2, delta2, e1, delta1, dW1, W1, dW2, W2, dW3, W3))
    print(f"{time.perf_counter() - start:.6f}")


main()
