"""Node positions for the map, computed in Python so the browser draws a still map at once.

A force-directed layout (Fruchterman-Reingold) in numpy, one connected component at a time, the
components then packed in rows so that none drifts away. Up to ``EXACT_LIMIT`` nodes every pair repels; above it each
node is repelled by a fixed random sample of the others, which keeps a 3,000-node layout to seconds.
The result is deterministic (the same graph gives the same map) and turned so that its longer side
lies horizontally, as screens do.

>>> pos = layout(["a", "b", "c", "d", "e"], [("a", "b"), ("b", "c"), ("d", "e")])
>>> sorted(pos), all(isinstance(v, float) for p in pos.values() for v in p)
(['a', 'b', 'c', 'd', 'e'], True)
>>> layout(["a", "b"], []) == layout(["a", "b"], [])
True
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

EXACT_LIMIT = 1200  # nodes up to which all pairs repel
SAMPLE = 256  # repelling nodes per node above it
EDGE_LENGTH = 170.0  # the ideal distance between two linked nodes, in map pixels


def layout(
    nodes: Sequence[Hashable],
    edges: Sequence[tuple[Hashable, Hashable]],
    *,
    iterations: int = 120,
    seed: int = 7,
    edge_length: float = EDGE_LENGTH,
) -> dict[Hashable, tuple[float, float]]:
    """``{node: (x, y)}`` in map pixels; ``edges`` may repeat (parallel edges get more room) or loop.

    Each connected component is laid out on its own and the components are packed in rows, largest
    first, so that a pair of actors linked only to each other does not drift off the map.
    """
    index = {node: i for i, node in enumerate(nodes)}
    multiplicity: dict[tuple[int, int], int] = {}
    for a, b in edges:
        i, j = sorted((index[a], index[b]))
        if i != j:
            multiplicity[(i, j)] = multiplicity.get((i, j), 0) + 1
    components = sorted(_components(len(nodes), multiplicity), key=len, reverse=True)  # stable: ties keep order
    boxes = [_component(sorted(members), multiplicity, iterations, seed) * edge_length for members in components]
    placed = _pack(boxes, gap=edge_length * 1.2)
    return {
        nodes[i]: (round(float(x), 1), round(float(y), 1))
        for members, pos in zip(components, placed, strict=True)
        for i, (x, y) in zip(sorted(members), pos, strict=True)
    }


def _components(n: int, pairs: dict[tuple[int, int], int]) -> list[set[int]]:
    """Connected components (union-find), in order of their smallest node."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    groups: dict[int, set[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), set()).add(i)
    return sorted(groups.values(), key=min)


def _component(members: list[int], multiplicity: dict[tuple[int, int], int], iterations: int, seed: int) -> np.ndarray:
    """Positions (in edge lengths, centred, longer side horizontal) of one component's nodes, in order."""
    n = len(members)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]]) * (1 + 0.4 * (multiplicity.get((members[0], members[1]), 1) - 1))
    local = {m: i for i, m in enumerate(members)}
    links = [(local[i], local[j], w) for (i, j), w in multiplicity.items() if i in local]
    pairs = np.array([(i, j) for i, j, _ in links], dtype=np.int64).reshape(-1, 2)
    weight = np.array([1.0 / w for _, _, w in links])  # parallel edges pull less: they need room for labels
    rng = np.random.default_rng(seed)
    k = 1.0  # the ideal edge length in layout units
    pos = rng.uniform(-1, 1, size=(n, 2)) * np.sqrt(n) * k * 0.6
    temperature = np.sqrt(n) * k * 0.3
    cooling = temperature / (iterations + 1)
    degree = np.bincount(pairs.ravel(), minlength=n).astype(float)
    for _ in range(iterations):
        force = _repulsion(pos, k, rng)
        delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
        pull = delta * (weight * dist / k)[:, None]  # attraction d^2 / k along the edge
        np.add.at(force, pairs[:, 0], -pull)
        np.add.at(force, pairs[:, 1], pull)
        force -= pos * (0.05 * (1 + degree) / np.sqrt(n))[:, None]  # a weak pull to the centre
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    _, _, axes = np.linalg.svd(pos, full_matrices=False)
    pos = pos @ axes.T  # the longer side horizontal: screens are wider than tall
    return pos * np.where(axes[np.arange(2), np.arange(2)] < 0, -1, 1)  # a stable orientation


def _pack(boxes: list[np.ndarray], gap: float) -> list[np.ndarray]:
    """Shelf-pack the components (largest first) in rows about as wide as the largest, or a 16:10 area."""
    if not boxes:
        return []
    sizes = [(b.max(axis=0) - b.min(axis=0)) for b in boxes]
    area = sum((w + gap) * (h + gap) for w, h in sizes)
    width = max(sizes[0][0], float(np.sqrt(area * 1.6)))
    placed, x, y, row = [], 0.0, 0.0, 0.0
    for box, (w, h) in zip(boxes, sizes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + gap, 0.0
        placed.append(box - box.min(axis=0) + (x, y))
        x, row = x + w + gap, max(row, h)
    centre = (np.vstack(placed).max(axis=0) + np.vstack(placed).min(axis=0)) / 2
    return [p - centre for p in placed]


def _repulsion(pos: np.ndarray, k: float, rng: np.random.Generator) -> np.ndarray:
    """The repulsive force k^2 / d on every node: from all others, or from a random sample of them."""
    n = len(pos)
    if n <= EXACT_LIMIT:
        others, scale = pos, 1.0
    else:
        others, scale = pos[rng.choice(n, size=SAMPLE, replace=False)], n / SAMPLE
    x, y, ox, oy = pos[:, 0], pos[:, 1], others[:, 0], others[:, 1]
    force = np.empty_like(pos)
    for start in range(0, n, 256):  # rows in chunks: memory stays a few MB
        dx = x[start : start + 256, None] - ox[None, :]
        dy = y[start : start + 256, None] - oy[None, :]
        weight = (k * k * scale) / np.maximum(dx * dx + dy * dy, 1e-4)
        force[start : start + 256, 0] = (dx * weight).sum(axis=1)
        force[start : start + 256, 1] = (dy * weight).sum(axis=1)
    return force
