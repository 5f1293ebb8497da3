"""A small PyTorch MLP with the activations people hover over most.

Sample workspace for the Activation Playground extension: hover any activation call
(the sanity checks at the end have literal arguments) to see its formula, value, slope
and curve. This file is never executed.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    """Two hidden layers, three different activations."""

    def __init__(self, in_features: int = 16, hidden: int = 64, out_features: int = 10) -> None:
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.act1 = nn.GELU(approximate='tanh')
        self.fc2 = nn.Linear(hidden, hidden)
        self.act2 = nn.LeakyReLU(0.2)
        self.head = nn.Linear(hidden, out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.act1(self.fc1(x))
        x = self.act2(self.fc2(x))
        x = F.softplus(x, beta=2)
        return F.log_softmax(self.head(x), dim=-1)


class GatedBlock(nn.Module):
    """A SwiGLU-style gate: silu(x W) * (x V)."""

    def __init__(self, dim: int = 64) -> None:
        super().__init__()
        self.w = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.out = nn.Sequential(nn.Linear(dim, dim), nn.Tanh(), nn.Dropout(0.1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(F.silu(self.w(x)) * self.v(x))


def classify(logits: torch.Tensor, temperature: float = 0.7) -> torch.Tensor:
    probs = F.softmax(logits / temperature, dim=-1)
    return torch.argmax(probs, dim=-1)


# --- sanity checks -------------------------------------------------------------
# Literal calls: hover them to check the numbers without running anything.
if __name__ == "__main__":
    print(F.gelu(torch.tensor(0.3)))                                # ~0.1854
    print(F.gelu(torch.tensor(0.3), approximate='tanh'))
    print(torch.sigmoid(torch.tensor(8.0)))                         # ~0.99966
    print(torch.tanh(torch.tensor(0.5)))
    print(F.leaky_relu(torch.tensor(-2.0), negative_slope=0.2))     # -0.4
    print(F.elu(torch.tensor(-1.0), alpha=1.0))
    print(F.selu(torch.tensor(-0.5)))
    print(F.softplus(torch.tensor(1.0), beta=2))
    print(F.silu(torch.tensor(1.5)))
    print(F.mish(torch.tensor(0.8)))
    print(F.hardswish(torch.tensor(2.0)))
    print(F.relu6(torch.tensor(7.5)))
    print(F.softmax(torch.tensor([1.0, 2.0, 3.0]), dim=-1))         # [0.090, 0.245, 0.665]
    print(torch.argmax(torch.tensor([0.1, 2.5, 2.4])))              # 1
    print(F.relu(torch.tensor(-1.5)))                               # 0
