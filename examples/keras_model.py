"""A Keras classifier plus a few tf.nn calls.

Sample workspace for the Activation Playground extension; never executed.
"""
import keras
import tensorflow as tf
from keras import layers


def build_model(num_classes: int = 10) -> keras.Model:
    inputs = keras.Input(shape=(28, 28, 1))
    x = layers.Conv2D(32, 3, activation="relu")(inputs)
    x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    x = layers.Dense(128)(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.Dense(64, activation=keras.activations.gelu)(x)
    x = layers.Dropout(0.2)(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)


# --- sanity checks -------------------------------------------------------------
print(keras.activations.gelu(0.3))                       # approximate=False in Keras 3
print(keras.activations.sigmoid(8.0))
print(keras.activations.relu(-1.5))
print(keras.activations.relu(-1.5, negative_slope=0.1))
print(keras.activations.elu(-1.0))
print(keras.activations.selu(-0.5))
print(keras.activations.softplus(1.0))
print(keras.activations.swish(1.5))
print(keras.activations.tanh(0.5))
print(keras.activations.softmax(tf.constant([[1.0, 2.0, 3.0]])))
print(tf.nn.leaky_relu(-1.0))                            # alpha defaults to 0.2
print(tf.nn.relu6(7.5))
print(tf.nn.gelu(0.3))
print(tf.math.sigmoid(8.0))
print(tf.keras.activations.hard_sigmoid(0.5))
