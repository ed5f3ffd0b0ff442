"""Hybrid-training integration: segmentation, registry, pipeline, torch heads."""
