#!/usr/bin/env python3
"""zlib's inflate throughput on the streams shuzhi-bench inflates (the
raw DEFLATE streams of Tests/Fixtures/deflate at levels 1-9, default
strategy, for the report, mixed and runs inputs), for the README's table.

  python3 Benchmarks/zlib_inflate.py
"""
import os, time, zlib

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "deflate")
blob = open(os.path.join(here, "streams.bin"), "rb").read()
streams = []
for line in open(os.path.join(here, "manifest.tsv"), encoding="utf-8"):
    if line.startswith("#"):
        continue
    name, level, strategy, wbits, memlevel, offset, length = line.rstrip("\n").split("\t")
    if name in ("report", "mixed", "runs") and int(level) >= 1 and strategy == "default" and wbits == "-15" and memlevel == "8":
        streams.append(blob[int(offset):int(offset) + int(length)])
total = sum(len(zlib.decompress(s, -15)) for s in streams)
runs, start = 0, time.perf_counter()
while time.perf_counter() - start < 2:
    for s in streams:
        zlib.decompress(s, -15)
    runs += 1
seconds = (time.perf_counter() - start) / runs
print(f"zlib {zlib.ZLIB_RUNTIME_VERSION}: {len(streams)} streams, {total // 1000} KB, {total / seconds / 1e6:.1f} MB/s")
