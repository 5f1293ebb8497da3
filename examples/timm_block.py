"""A timm-style block: activations passed as classes (act_layer=nn.GELU) and by name (act_layer='gelu_tanh')."""
import torch
import torch.nn as nn
from timm.layers import create_act_layer, get_act_layer


class Mlp(nn.Module):
    def __init__(self, in_features, hidden_features=None, act_layer=nn.GELU, drop=0.0):
        super().__init__()
        hidden_features = hidden_features or in_features
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = act_layer()
        self.fc2 = nn.Linear(hidden_features, in_features)

    def forward(self, x):
        x = self.fc1(x)
        x = self.act(x)
        return self.fc2(x)


class SqueezeExcite(nn.Module):
    def __init__(self, channels, rd_channels, act_layer='relu', gate_layer='sigmoid'):
        super().__init__()
        self.conv_reduce = nn.Conv2d(channels, rd_channels, 1)
        self.act = create_act_layer(act_layer, inplace=True)
        self.conv_expand = nn.Conv2d(rd_channels, channels, 1)
        self.gate = get_act_layer('hard_sigmoid')()

    def forward(self, x):
        s = x.mean((2, 3), keepdim=True)
        s = self.act(self.conv_reduce(s))
        return x * self.gate(self.conv_expand(s))


block = Mlp(768, 3072, act_layer=nn.SiLU)
head = create_act_layer('gelu_tanh')
