#!/usr/bin/env python3
"""Makes the DEFLATE test set for InflateTests (run once; the output is committed).

  python3 Tests/Fixtures/deflate/make_streams.py

Valid streams: every input compressed by Python's zlib module (the zlib
library) at levels 0-9 with each strategy (default, filtered, huffman-only,
RLE, fixed), raw DEFLATE with window bits 15; at level 6 and 9 also with
window bits 9-14 and memory levels 1 and 9; and zlib-wrapped (RFC 1950) at
window bits 9-15. Stored in streams.bin, indexed by manifest.tsv.

Invalid streams: built bit by bit below, each checked here to be refused by
zlib with the message recorded in invalid.tsv (zlib's name for the error),
so that the Swift inflate is held to zlib's own rules.
"""
import os, random, zlib

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261130)

def report_text():
    # Invented report-like text, varied enough to make dynamic blocks.
    parts = ["青石镇", "柳河村", "党支部", "发展党员", "集体经济", "整改", "基层治理", "一是", "二是",
             "（一）", "强化责任落实，", "推动党建引领", "乡村振兴", "12名", "650万元", "。", "；", "\n"]
    return "".join(rng.choice(parts) for _ in range(2500)).encode("utf-8")

def mixed():
    # Random bytes, repeats near and far (up to the 32 KiB window), text.
    out = bytearray()
    while len(out) < 40000:
        k = rng.random()
        if k < 0.1:
            out += bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        elif k < 0.8 and len(out) > 300:
            d = rng.randrange(1, min(len(out), 32768) + 1)
            n = rng.randrange(3, 300)
            for _ in range(n):
                out.append(out[-d])
        else:
            out += b"abcabcabd" * rng.randrange(1, 20)
    return bytes(out)

def runs():
    out = bytearray()
    for i in range(60):
        out += bytes([i % 7]) * rng.randrange(1, 2000)
        out += b"xy" * rng.randrange(1, 50)
    return bytes(out)

inputs = {"report": report_text(), "mixed": mixed(), "runs": runs(), "empty": b"", "one": b"a"}
os.makedirs(os.path.join(here, "inputs"), exist_ok=True)
for name, data in inputs.items():
    with open(os.path.join(here, "inputs", name + ".bin"), "wb") as f:
        f.write(data)

strategies = {"default": zlib.Z_DEFAULT_STRATEGY, "filtered": zlib.Z_FILTERED,
              "huffman": zlib.Z_HUFFMAN_ONLY, "rle": zlib.Z_RLE, "fixed": zlib.Z_FIXED}

def compress(data, level, strategy, wbits, memlevel=8):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, memlevel, strategy)
    return c.compress(data) + c.flush()

rows = []
blob = bytearray()
seen = {}
def add(name, level, sname, wbits, memlevel):
    s = compress(inputs[name], level, strategies[sname], wbits, memlevel)
    # The stream must round-trip through zlib itself.
    assert zlib.decompress(s, wbits) == inputs[name]
    # Identical streams (level 0 under every strategy) are stored once.
    at = seen.get(s)
    if at is None:
        at = seen[s] = len(blob)
        blob.extend(s)
    rows.append((name, level, sname, wbits, memlevel, at, len(s)))

for name in inputs:
    for level in range(10):
        for sname in strategies:
            add(name, level, sname, -15, 8)
for name in ("report", "mixed", "runs"):
    for level in (6, 9):
        for wbits in range(9, 15):
            add(name, level, "default", -wbits, 8)
        for memlevel in (1, 9):
            add(name, level, "default", -15, memlevel)
    for wbits in range(9, 16):
        add(name, 6, "default", wbits, 8)

with open(os.path.join(here, "streams.bin"), "wb") as f:
    f.write(blob)
with open(os.path.join(here, "manifest.tsv"), "w") as f:
    f.write("# input\tlevel\tstrategy\twbits\tmemlevel\toffset\tlength\n")
    for r in rows:
        f.write("\t".join(map(str, r)) + "\n")

# --- Invalid (and edge-case valid) streams, bit by bit -----------------------

class Bits:
    def __init__(self):
        self.bits = []
    def put(self, value, n):          # LSB first, as DEFLATE packs header fields
        for i in range(n):
            self.bits.append((value >> i) & 1)
    def code(self, code, n):          # Huffman codes go MSB first
        for i in reversed(range(n)):
            self.bits.append((code >> i) & 1)
    def bytes(self):
        b = self.bits + [0] * (-len(self.bits) % 8)
        return bytes(sum(b[i + k] << k for k in range(8)) for i in range(0, len(b), 8))

ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

def canonical(lengths):
    codes, code, bl_count = {}, 0, [0] * 16
    for l in lengths.values():
        if l: bl_count[l] += 1
    next_code = [0] * 16
    for bits in range(1, 16):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    for sym in sorted(lengths):
        l = lengths[sym]
        if l:
            codes[sym] = (next_code[l], l)
            next_code[l] += 1
    return codes

def dynamic(hlit, hdist, cl_lengths, ops, final=1):
    """A dynamic block header: cl_lengths maps code-length symbols to lengths;
    ops is a list of (symbol, extra_value, extra_bits) in the code-length alphabet."""
    b = Bits()
    b.put(final, 1); b.put(2, 2)
    b.put(hlit - 257, 5); b.put(hdist - 1, 5)
    hclen = max([i for i, s in enumerate(ORDER) if cl_lengths.get(s, 0)] + [3]) + 1
    b.put(hclen - 4, 4)
    for i in range(hclen):
        b.put(cl_lengths.get(ORDER[i], 0), 3)
    codes = canonical(cl_lengths)
    for sym, extra, nbits in ops:
        c, n = codes[sym]
        b.code(c, n)
        if nbits: b.put(extra, nbits)
    return b

def zeros(n):
    ops = []
    while n >= 11:
        k = min(n, 138); ops.append((18, k - 11, 7)); n -= k
    while n >= 3:
        k = min(n, 10); ops.append((17, k - 3, 3)); n -= k
    ops += [(0, 0, 0)] * n
    return ops

def fixed_literal(b, sym):
    if sym < 144: b.code(0x30 + sym, 8)
    elif sym < 256: b.code(0x190 + sym - 144, 9)
    elif sym < 280: b.code(sym - 256, 7)
    else: b.code(0xC0 + sym - 280, 8)

cases = []  # (name, bytes, zlib message or None when zlib accepts, expected output when accepted)

b = Bits(); b.put(1, 1); b.put(3, 2)
cases.append(("invalid-block-type", b.bytes()))

cases.append(("invalid-stored-lengths", bytes([1, 1, 0, 0, 0, 0x41])))

b = Bits(); b.put(1, 1); b.put(2, 2); b.put(30, 5); b.put(0, 5); b.put(0, 4)
cases.append(("too-many-length-symbols", b.bytes() + b"\0\0"))
b = Bits(); b.put(1, 1); b.put(2, 2); b.put(0, 5); b.put(30, 5); b.put(0, 4)
cases.append(("too-many-distance-symbols", b.bytes() + b"\0\0"))

cases.append(("code-lengths-empty", dynamic(257, 1, {}, []).bytes() + b"\0\0"))
cases.append(("code-lengths-incomplete", dynamic(257, 1, {0: 2, 18: 2, 1: 2}, []).bytes() + b"\0\0"))
cases.append(("code-lengths-oversubscribed", dynamic(257, 1, {0: 1, 18: 1, 1: 1}, []).bytes() + b"\0\0"))

cases.append(("repeat-without-previous", dynamic(257, 1, {16: 1, 17: 1}, [(16, 0, 2)]).bytes() + b"\0\0"))
cases.append(("repeat-past-end", dynamic(257, 1, {0: 1, 18: 1}, [(18, 127, 7), (18, 127, 7)]).bytes() + b"\0\0"))
cases.append(("missing-end-of-block", dynamic(257, 1, {0: 1, 18: 1}, zeros(258)).bytes() + b"\0\0"))

cl = {0: 2, 1: 2, 17: 2, 18: 2}
ops = [(1, 0, 0), (1, 0, 0)] + zeros(254) + [(1, 0, 0)] + [(1, 0, 0)]
cases.append(("literals-oversubscribed", dynamic(257, 1, cl, ops).bytes() + b"\0\0"))
cl = {0: 2, 2: 2, 17: 2, 18: 2}
ops = [(2, 0, 0), (2, 0, 0)] + zeros(254) + [(2, 0, 0)] + [(0, 0, 0)]
cases.append(("literals-incomplete", dynamic(257, 1, cl, ops).bytes() + b"\0\0"))
cl = {0: 2, 1: 2, 17: 2, 18: 2}
ops = [(1, 0, 0)] + zeros(255) + [(1, 0, 0)] + [(1, 0, 0), (1, 0, 0), (1, 0, 0)]
cases.append(("distances-oversubscribed", dynamic(257, 3, cl, ops).bytes() + b"\0\0"))
cl = {0: 2, 1: 2, 2: 2, 18: 2}
ops = [(1, 0, 0)] + zeros(255) + [(1, 0, 0)] + [(2, 0, 0), (2, 0, 0)]
cases.append(("distances-incomplete", dynamic(257, 2, cl, ops).bytes() + b"\0\0"))

b = Bits(); b.put(1, 1); b.put(1, 2); fixed_literal(b, 286)
cases.append(("literal-286", b.bytes() + b"\0\0"))
b = Bits(); b.put(1, 1); b.put(1, 2); fixed_literal(b, 65); fixed_literal(b, 257); b.code(30, 5)
cases.append(("distance-30", b.bytes() + b"\0\0"))
b = Bits(); b.put(1, 1); b.put(1, 2); fixed_literal(b, 65); fixed_literal(b, 257); b.code(1, 5)
cases.append(("distance-too-far-back", b.bytes() + b"\0\0"))

good = compress(inputs["report"], 9, zlib.Z_DEFAULT_STRATEGY, -15)
cases.append(("truncated", good[: len(good) // 2]))
cases.append(("truncated-stored", compress(b"0123456789", 0, 0, -15)[:8]))
cases.append(("empty-input", b""))

# Accepted by zlib: a literal code of one symbol (end-of-block alone, one bit),
# a block with no distance codes, a stored block spanning the output.
cl = {0: 1, 1: 1}
b = dynamic(257, 1, {0: 2, 1: 2, 17: 2, 18: 2}, zeros(256) + [(1, 0, 0)] + [(0, 0, 0)])
b.code(0, 1)  # end of block
cases.append(("single-literal-code", b.bytes()))
b = dynamic(257, 1, {0: 2, 1: 2, 17: 2, 18: 2}, zeros(65) + [(1, 0, 0)] + zeros(190) + [(1, 0, 0)] + [(0, 0, 0)])
b.code(0, 1); b.code(0, 1); b.code(1, 1)  # "AA", end of block
cases.append(("no-distance-codes", b.bytes()))

with open(os.path.join(here, "invalid.tsv"), "w") as f:
    f.write("# name\thex\tzlib (error message, or ok:HEX of the output)\n")
    for name, data in cases:
        d = zlib.decompressobj(-15)
        try:
            out = d.decompress(data)
            if not d.eof:
                result = "incomplete or truncated stream"
            else:
                result = "ok:" + out.hex()
        except zlib.error as e:
            result = str(e).split(": ", 1)[-1].replace("invalid input data", "").strip()
            result = result.split("Error -3 while decompressing data: ")[-1]
        f.write(f"{name}\t{data.hex()}\t{result}\n")
        print(f"{name:30} {result}")

# Seeds for the inflate fuzz target (Fuzz/run.sh inflate): a few streams as files.
seeds = os.path.join(here, "seeds")
os.makedirs(seeds, exist_ok=True)
for name in ("report", "runs"):
    for level, sname in ((1, "default"), (6, "filtered"), (9, "huffman"), (6, "rle"), (6, "fixed")):
        s = compress(inputs[name][:6000], level, strategies[sname], -15)
        with open(os.path.join(seeds, f"{name}-{level}-{sname}.deflate"), "wb") as f:
            f.write(s)
for name, data in cases:
    with open(os.path.join(seeds, f"case-{name}.deflate"), "wb") as f:
        f.write(data[:4096])
