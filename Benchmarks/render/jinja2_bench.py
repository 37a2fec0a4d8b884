#!/usr/bin/env python3
"""Renders report.jinja with Jinja2 (autoescape on) over data.json, the
same data and an equivalent template as shuzhi-bench's escaped render row,
and prints reports per second. Checks first that both render the same
text (but for " written as &#34; or &quot;): pass shuzhi's output file
(`shuzhi render Benchmarks/render/report.mustache --data
Benchmarks/render/data.json --escape html`) as the first argument.

    pip install jinja2
    python3 Benchmarks/render/jinja2_bench.py [shuzhi-output.html]
"""
import json, os, sys, time
import jinja2

here = os.path.dirname(os.path.abspath(__file__))
DIGITS = "零一二三四五六七八九"

def cn(n):
    """1-99 in Chinese numerals, as shuzhi's .cn writes them."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")

env = jinja2.Environment(autoescape=True, trim_blocks=True, keep_trailing_newline=True)
env.filters["cn"] = cn
with open(os.path.join(here, "report.jinja"), encoding="utf-8") as f:
    template = env.from_string(f.read())
with open(os.path.join(here, "data.json"), encoding="utf-8") as f:
    data = json.load(f)

text = template.render(**data)
if len(sys.argv) > 1:
    with open(sys.argv[1], encoding="utf-8") as f:
        other = f.read()
    # MarkupSafe writes " as &#34;, the Mustache spec as &quot;: the same character.
    if other != text.replace("&#34;", "&quot;"):
        sys.exit("shuzhi and Jinja2 render different texts")
    print("same text as shuzhi:", len(text.encode()), "bytes")

runs, start = 0, time.perf_counter()
while time.perf_counter() - start < 3:
    template.render(**data)
    runs += 1
elapsed = time.perf_counter() - start
print(f"Jinja2 {jinja2.__version__} autoescape: {runs / elapsed:.0f} reports/s, {len(text.encode()) / 1000:.1f} KB each")
