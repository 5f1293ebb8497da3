"""A tiny JAX/Flax-free MLP written with jax.numpy and jax.nn.

Sample workspace for the Activation Playground extension; never executed.
"""
import jax
import jax.numpy as jnp
from jax import nn


def init_params(key, sizes=(16, 64, 10)):
    keys = jax.random.split(key, len(sizes) - 1)
    return [
        (jax.random.normal(k, (m, n)) * jnp.sqrt(2.0 / m), jnp.zeros(n))
        for k, m, n in zip(keys, sizes[:-1], sizes[1:])
    ]


def mlp(params, x):
    *hidden, (w_out, b_out) = params
    for w, b in hidden:
        x = jax.nn.gelu(x @ w + b, approximate=False)
    return nn.log_softmax(x @ w_out + b_out)


def attention_weights(scores, temperature=0.5):
    return nn.softmax(scores / temperature, axis=-1)


# --- sanity checks -------------------------------------------------------------
print(jax.nn.gelu(0.3))                                  # ~0.1854 (tanh approximation by default)
print(jax.nn.gelu(0.3, approximate=False))
print(nn.softmax(jnp.array([1., 2., 3.]) / 0.5))         # temperature 0.5
print(jax.nn.leaky_relu(-1.0))                           # negative_slope defaults to 0.01
print(jax.nn.leaky_relu(-1.0, negative_slope=0.2))
print(jax.nn.silu(1.5))
print(jax.nn.sigmoid(8.0))
print(jax.nn.softplus(1.0))
print(jax.nn.elu(-1.0, alpha=1.0))
print(jax.nn.relu6(7.5))
print(jnp.tanh(0.5))
