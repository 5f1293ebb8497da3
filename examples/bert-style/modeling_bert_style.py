"""A transformers-style modeling file: the activation comes from the config (ACT2FN[config.hidden_act]) or is
named in the code. Written for the examples; nothing here runs."""
import math

import torch
from torch import nn

from transformers.activations import ACT2FN, get_activation


class BertStyleIntermediate(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.intermediate_size)
        self.intermediate_act_fn = ACT2FN[config.hidden_act]

    def forward(self, hidden_states):
        return self.intermediate_act_fn(self.dense(hidden_states))


class BertStylePooler(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)
        self.activation = nn.Tanh()

    def forward(self, hidden_states):
        return self.activation(self.dense(hidden_states[:, 0]))


class GPTStyleMLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.c_fc = nn.Linear(config.hidden_size, 4 * config.hidden_size)
        self.act = ACT2FN["gelu_new"]
        self.quick = get_activation("gelu")

    def forward(self, hidden_states):
        return self.act(self.c_fc(hidden_states))


def attention_probs(query, key):
    scores = torch.matmul(query, key.transpose(-1, -2)) / math.sqrt(query.size(-1))
    return nn.functional.softmax(scores, dim=-1)
