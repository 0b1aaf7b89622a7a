"""A module whose attributes compiled code reads as `other_module.name`
(``test_calls.test_attributes_of_imported_modules``)."""

import numpy as np

import penna

SCALE = 3
WEIGHTS = np.array([1.0, 2.0, 4.0])


@penna.jit
def triple(x):
    return SCALE * x


def plain(x):
    return x
