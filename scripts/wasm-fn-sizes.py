#!/usr/bin/env python3
"""Which functions a change made larger in the wasm module, and by how much.

    python3 scripts/wasm-fn-sizes.py BEFORE.wasm AFTER.wasm [N]

Reads two builds of target/wasm32-unknown-unknown/release/bayan.wasm (before
wasm-bindgen strips the names) and prints the N functions whose code grew or
shrank most, in bytes of code. The page's budget is brotli bytes of the
whole module (scripts/sizes.sh); this says where they come from, which LTO
inlining makes hard to guess (docs/DEVELOPMENT.md, "Where the wasm bytes go").
"""
import collections
import sys


def leb(data, i):
    """An unsigned LEB128 number at `i`, and the offset after it."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def skip_limits(data, j):
    flags, j = leb(data, j)
    _, j = leb(data, j)
    return leb(data, j)[1] if flags & 1 else j


def function_sizes(path):
    """Code bytes per function name (imports come first in the index space)."""
    data = open(path, "rb").read()
    i, imports, sizes, names = 8, 0, [], {}
    while i < len(data):
        section = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if section == 2:  # imports
            count, j = leb(data, i)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    length, j = leb(data, j)
                    j += length
                kind, j = data[j], j + 1
                if kind == 0:
                    _, j = leb(data, j)
                    imports += 1
                elif kind == 1:
                    j = skip_limits(data, j + 1)
                elif kind == 2:
                    j = skip_limits(data, j)
                else:
                    j += 2
        elif section == 10:  # code
            count, j = leb(data, i)
            for _ in range(count):
                length, j = leb(data, j)
                sizes.append(length)
                j += length
        elif section == 0:  # custom: the "name" section's function names
            length, j = leb(data, i)
            if data[j : j + length] == b"name":
                j += length
                while j < end:
                    sub, (sub_size, k) = data[j], leb(data, j + 1)
                    if sub == 1:
                        count, m = leb(data, k)
                        for _ in range(count):
                            index, m = leb(data, m)
                            length, m = leb(data, m)
                            names[index] = data[m : m + length].decode("utf8", "replace")
                            m += length
                    j = k + sub_size
        i = end
    out = collections.Counter()
    for k, size in enumerate(sizes):
        out[names.get(k + imports, f"function {k}")] += size
    return out


def main():
    before, after = function_sizes(sys.argv[1]), function_sizes(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    print(f"code bytes: {sum(before.values())} -> {sum(after.values())}")
    changes = sorted(((after[f] - before[f], f) for f in before | after if after[f] != before[f]), reverse=True)
    for delta, name in changes[:n] + [(None, "...")] + changes[-n:]:
        print(name if delta is None else f"{delta:+7d} {name[:140]}")


if __name__ == "__main__":
    main()
