"""Use cases: plain values in, plain values and what changed out. Never imports Qt."""
