#!/usr/bin/env bash
# Whole-pipeline and load benchmarks (issue 7): builds the harness in Release, installs the jieba yardstick, then runs
# workloads 1-4 in sequence, one process per step (so each ingest size's peak memory is its own).
# Figures: stdout, and bench/.data/results/results.jsonl (one JSON line per figure, with the command that produced it).
# Usage: bench/run.sh [step …]   steps: all (default: every step but micro) | extract | load | ingest | graph | query | http | micro
# Sizes can be overridden: ARTICLES=10000 INGEST_SIZES="1000 3000 10000" ENTITIES=100000 RELATIONS=1000000 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-10000}
INGEST_SIZES=${INGEST_SIZES:-"1000 3000 10000"}
ENTITIES=${ENTITIES:-100000}
RELATIONS=${RELATIONS:-1000000}
LOAD_ENTITIES=${LOAD_ENTITIES:-20000}
LOAD_RELATIONS=${LOAD_RELATIONS:-100000}

dotnet build bench/KnowledgeGraph.Benchmarks -c Release -v q -nologo
bench=(dotnet bench/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll)
if [ ! -d bench/jieba/node_modules ]; then (cd bench/jieba && npm ci --no-audit --no-fund); fi

run() { echo "\$ ${bench[*]} $*"; "${bench[@]}" "$@"; }

for step in "${@:-all}"; do
case "$step" in all|extract) run extract --articles "$ARTICLES" --seconds 5 ;; esac
case "$step" in all|load) run load --entities "$LOAD_ENTITIES" --relations "$LOAD_RELATIONS" --batches 100,1000,10000 ;; esac
case "$step" in all|ingest) for n in $INGEST_SIZES; do run ingest --articles "$n"; done ;; esac
case "$step" in all|graph) run graph --entities "$ENTITIES" --relations "$RELATIONS" ;; esac
case "$step" in all|query) run query --entities "$ENTITIES" --relations "$RELATIONS" --iterations 1000 ;; esac
# The benchmark process runs server GC, as both hosts do (see its project file): every step measures them as deployed.
case "$step" in all|http) run http --entities "$ENTITIES" --relations "$RELATIONS" --concurrency 16 --seconds 10 --requests 50000 ;; esac
case "$step" in micro) run micro --filter '*' ;; esac
done
