# Training job for the ranker: it uses torch, but serves no prediction. The coverage leaves it out and lists it as
# unrecognised, since the code alone cannot tell a training script from a server in a library mlobs does not know.
import torch
from torch import nn


class Ranker(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(8, 1)

    def forward(self, x):
        return self.layer(x)


def train(features: torch.Tensor, targets: torch.Tensor, epochs: int = 5) -> None:
    net = Ranker()
    optimiser = torch.optim.Adam(net.parameters())
    for _ in range(epochs):
        optimiser.zero_grad()
        loss = nn.functional.mse_loss(net(features), targets)
        loss.backward()
        optimiser.step()
    torch.save(net.state_dict(), "ranker.pt")
