"""A Keras Sequential model with string activations."""
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="gelu"),
    layers.LeakyReLU(negative_slope=0.1),
    layers.Dense(64, activation="swish"),
    layers.Dense(10),
    layers.Activation("softmax"),
])

gate = keras.activations.get("hard_sigmoid")
encoder = layers.Dense(32, activation=keras.activations.selu)
