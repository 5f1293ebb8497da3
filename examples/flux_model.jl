# A small Flux.jl model and NNlib activations.
# Sample workspace for the Activation Playground extension; never executed.
using Flux, NNlib

model = Chain(
    Dense(16 => 64, gelu),
    Dense(64 => 64, x -> leakyrelu(x, 0.2)),
    Dense(64 => 10),
    softmax,
)

attention(scores; τ = 0.5) = softmax(scores ./ τ)

# --- sanity checks -------------------------------------------------------------
println(σ(0.5))                       # sigmoid, ≈ 0.6225
println(sigmoid(8.0))
println(leakyrelu(-1.0))              # a = 0.01 by default
println(leakyrelu(-1.0, 0.2))
println(gelu(0.3))                    # tanh approximation
println(relu(-1.5))
println(elu(-1.0))
println(selu(-0.5))
println(swish(1.5))
println(softplus(1.0))
println(tanh(0.5))
println(softmax([1.0, 2.0, 3.0]))     # [0.090, 0.245, 0.665]
