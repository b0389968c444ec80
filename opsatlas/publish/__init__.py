"""Publishing: map snapshots (SVG, PNG, PDF) and a self-contained HTML embed, rendered offline
without a browser, byte-for-byte the same for the same inputs."""

from .options import PRESETS, SnapshotOptions
from .snapshot import snapshot_bytes, snapshot_svg, write_snapshot

__all__ = ["PRESETS", "SnapshotOptions", "snapshot_bytes", "snapshot_svg", "write_snapshot"]
