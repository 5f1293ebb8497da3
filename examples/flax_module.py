"""A Flax module: an activation as a dataclass field, one built in setup(), and jax.nn functions as values."""
from typing import Callable

import jax
import jax.numpy as jnp
import flax.linen as nn


class MLP(nn.Module):
    features: int
    act: Callable = nn.gelu

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.features)(x)
        x = self.act(x)
        return nn.Dense(self.features)(x)


class Classifier(nn.Module):
    def setup(self):
        self.proj = nn.Dense(10)
        self.prelu = nn.PReLU()

    def __call__(self, x):
        return nn.log_softmax(self.prelu(self.proj(x)), axis=-1)


logits = jnp.array([2.0, 1.0, 0.1])
probs = jax.nn.softmax(logits)
grad_relu = jax.grad(nn.relu)
