#!/usr/bin/env bash
# scripts/gpu_check.sh for an AMD GPU machine (none is available to this
# project yet; this is ready for the first one): the HIP kernel suite on the
# GPU, the runtime's tests, benches/hip_gpu.py. Needs ROCm there (libamdhip64,
# and ld.lld from ROCm's llvm/bin: the wheel links code objects with an
# ld.lld process).
#
#   bash scripts/hip_check.sh [tests|bench|all]
GPU=hip exec bash "$(dirname "$0")/gpu_check.sh" "$@"
