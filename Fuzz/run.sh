#!/usr/bin/env bash
# Fuzzes ShuzhiKit with libFuzzer and AddressSanitizer.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]     targets: reader template outline check import draft inflate docx
#
# Builds one binary from the library's sources and Fuzz/Targets.swift
# (the target is chosen by SHUZHI_FUZZ_TARGET), runs each target for
# SECONDS (default 60) from seeds taken from Examples/ and Tests/Fixtures/,
# and copies any crashing or hanging input to Tests/Fixtures/fuzz/TARGET/,
# where HostileInputTests replays it on every test run. Exit 1 on a finding.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(reader template outline check import draft inflate docx); fi

out=.build-fuzz
mkdir -p "$out"
binary="$out/shuzhi-fuzz"
mapfile -t sources < <(find Sources/ShuzhiKit -name '*.swift' | sort)
# No pipeline here: under pipefail, `ls -t | head` ended the script when ls got SIGPIPE.
if [ ! -x "$binary" ] || [ -n "$(find "${sources[@]}" Fuzz/Targets.swift -newer "$binary" -print -quit)" ]; then
  echo "编译模糊测试程序……"
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ShuzhiKit \
    "${sources[@]}" Fuzz/Targets.swift -o "$binary" 2> "$out/build.log" || { grep -E "error" "$out/build.log" | head -20; exit 2; }
fi

# A crash must end the run at once; Swift's interactive backtracer would wait.
export SWIFT_BACKTRACE=enable=no
found=0
for t in "${targets[@]}"; do
  corpus="$out/corpus-$t"
  mkdir -p "$corpus"
  seeds=()
  names=(-name '*.yaml' -o -name '*.txt' -o -name '*.mustache')
  case "$t" in
    reader|draft) seeds=(Examples Tests/Fixtures/styles) ;;
    template) seeds=(Templates) ;;
    outline|check|import) seeds=(Examples Tests/Fixtures) ;;
    inflate) seeds=(Tests/Fixtures/deflate/seeds); names=(-name '*.deflate') ;;
    docx) seeds=(Tests/Fixtures/docx); names=(-name '*.docx' -o -name '*.txt') ;;
  esac
  for s in "${seeds[@]}"; do
    find "$s" -type f \( "${names[@]}" \) -size -64k -exec cp {} "$corpus/" \; 2>/dev/null || true
  done
  if [ -d "Tests/Fixtures/fuzz/$t" ]; then cp Tests/Fixtures/fuzz/"$t"/* "$corpus/" 2>/dev/null || true; fi
  echo "== $t：${seconds}秒"
  log="$out/$t.log"
  if SHUZHI_FUZZ_TARGET="$t" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -artifact_prefix="$out/$t-" "$corpus" > "$log" 2>&1; then
    tail -n 2 "$log"
  else
    found=1
    echo "发现问题（详见 $log）："
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5
    mkdir -p "Tests/Fixtures/fuzz/$t"
    for a in "$out/$t-"*; do
      [ -f "$a" ] && cp "$a" "Tests/Fixtures/fuzz/$t/$(basename "$a")" && rm "$a"
    done
  fi
done
exit $found
