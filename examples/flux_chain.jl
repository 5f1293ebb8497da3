# A Flux chain: activations passed as functions to layers.
using Flux

model = Chain(
    Dense(784 => 256, relu),
    Dense(256 => 64, gelu),
    Dense(64 => 10),
    softmax,
)

conv = Conv((3, 3), 1 => 16, leakyrelu)
scores = σ.([0.5, -1.0, 2.0])
