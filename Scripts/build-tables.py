#!/usr/bin/env python3
"""Build the binary tables textmend reads in place (no parsing when it starts).

    Scripts/build-tables.py

Reads the compact line lists the data scripts write, jieba's word list
(Tests/TextMendTests/Reference/JiebaDictionary.swift, Scripts/build-lexicon.py) and the word
contexts (Tests/TextMendTests/Reference/ContextBigrams.swift, Scripts/build-context-model.py),
and writes Sources/TextMendTables/lexicon.bin and context.bin, which
Sources/TextMendTables/tables.S embeds in the executable. The tables answer exactly what
parsing the lists answered (Tests/TextMendTests/EmbeddedTablesTests.swift builds both and
compares every entry). Run it after either data script. It also writes the tables' SHA-256
into a comment of tables.S, so that new data changes tables.S and the build assembles it
again (a build tracks tables.S, not the files it includes). Python 3 standard library only.
All numbers little-endian.

Hash tables. A string's key is the 64-bit FNV-1a hash of its scalars (`Lexicon.extend`). The
(key, value) pairs are stored one UInt64 each in a table of 2^slot_bits slots (at most half
full) plus the overflow of the last ones: a key's home slot is its top `slot_bits` bits, and
the keys are placed in ascending order, each at its home or, when that is taken, at the first
free slot after the previous key (linear probing in key order). A record holds the key's low
64 - slot_bits bits, then `limit - 1 - displacement` (how far it lies from its home, coded
downwards), then the value in the top `value_bits`: the slot and the displacement give back
the key's top bits, so a record names its key exactly. A lookup reads its home slot and the
few after it (one cache line as a rule) and stops at the first record that is its key, a
later key of its home, a key of a later home or free (all ones): one comparison each, as the
records of one home ascend and the coded displacement falls (`EmbeddedHashTable.value`).
Records follow a header-given offset; the table ends with at least one free slot. The readers
fix the layouts in their code (`Lexicon.slotBits`, `ContextModel.wordSlotBits`/`pairSlotBits`,
the value widths), so a lookup's shifts are constants: data that changes a table's slot bits
stops textmend at start-up until they are updated.

lexicon.bin: a header of sixteen UInt32 / Float64 fields (see `write_lexicon`), then the word
table (13-bit value: frequency class | tag << 7 | 0x1000 if a longer word starts with the
string), the character-pair bitmap of `CharacterPairs` (2^24 bits), the Float32 single
scores of the BMP (`Segmenter.singleScore`), the standalone codes of the BMP (one byte each),
and the two partner lists (two-character words of class 12 or more by their second and by
their first character: UInt32 key count, UInt32 value count, UInt16 keys, UInt32 starts,
UInt16 partners, most frequent first).

context.bin: a header of eight UInt32 fields (per table: key count, slot bits, records offset,
record count), then the word table and the pair table (value: the association code).
"""

import hashlib
import math
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "Tests", "TextMendTests", "Reference")
TABLES = os.path.join(ROOT, "Sources", "TextMendTables")
MASK = (1 << 64) - 1
SEED = 0xCBF29CE484222325
PRIME = 0x100000001B3


def extend(key, scalar):
    """`Lexicon.extend`: FNV-1a with the whole scalar as one unit, low bit set."""
    return ((key ^ scalar) * PRIME) & MASK | 1


def literal(path):
    """The bytes of the raw string literal in a generated Swift file."""
    data = open(path, "rb").read()
    start = data.index(b'#"""\n') + 5
    return data[start:data.index(b'\n"""#', start)]


def align(out, boundary=8):
    out.extend(b"\0" * (-len(out) % boundary))


def hash_table(table, value_bits, slot_bits):
    """The records of a {key: value} table (see the module doc); no value is 0."""
    key_bits = 64 - slot_bits
    limit = (1 << (slot_bits - value_bits)) - 1  # coded displacement `limit` marks a free slot
    empty = (1 << 64) - 1
    slots = [empty] * (1 << slot_bits)
    position = 0
    for key, value in sorted((spread(key), value) for key, value in table.items()):
        home = key >> key_bits
        position = max(position, home)
        displacement = position - home
        assert displacement < limit and 0 < value < 1 << value_bits, (displacement, value)
        record = key & ((1 << key_bits) - 1) | (limit - 1 - displacement) << key_bits | value << (64 - value_bits)
        if position == len(slots):
            slots.append(empty)
        slots[position] = record
        position += 1
    slots.append(empty)  # a lookup past the last key stops here
    return struct.pack(f"<{len(slots)}Q", *slots)


def spread(key):
    """`EmbeddedHashTable.spread`: FNV-1a's top bits hardly vary with the last scalar."""
    return (key * 0x9E3779B97F4A7C15) & MASK


def slot_bits(count):
    """At most half the slots taken."""
    bits = 1
    while count > (1 << bits) // 2:
        bits += 1
    return bits


def pair_bit(first, second):
    """`CharacterPairs.bit`."""
    return (((first << 32 | second) * 0x9E3779B97F4A7C15) & MASK) >> 40


def write_lexicon(lines, path):
    """Parses the line format of Scripts/build-lexicon.py as `Lexicon` did at run time."""
    words, strings = {}, {}
    standalone = [0] * 0x10000
    single_class = [0] * 0x10000
    pair_bits = bytearray(1 << 21)
    pairs = []
    total = 0.0
    longest = 1
    weights = [math.exp(c / 4) for c in range(256)]
    for line in lines.split(b"\n"):
        text = line.decode("utf-8")
        end = 0
        while end < len(text) and ord(text[end]) >= 0x80:
            end += 1
        scalars = [ord(c) for c in text[:end]]
        codes = line[len(text[:end].encode("utf-8")):]
        for a, b in zip(scalars, scalars[1:]):
            bit = pair_bit(a, b)
            pair_bits[bit >> 3] |= 1 << (bit & 7)
        if not scalars or len(codes) < 2:
            continue
        key = SEED
        for index, scalar in enumerate(scalars):
            if index > 0:
                words[key] = words.get(key, 0) | 0x1000
            key = extend(key, scalar)
            # A key names one string: two strings sharing one would pool their entries.
            assert strings.setdefault(key, text[:index + 1]) == text[:index + 1]
        frequency_class = codes[0] - 0x21
        tag = codes[1] - 0x60 if 0x61 <= codes[1] <= 0x7A else 0
        assert frequency_class < 0x80
        words[key] = words.get(key, 0) & 0x1000 | max(1, frequency_class) | tag << 7
        total += weights[frequency_class]
        longest = max(longest, len(scalars))
        if len(scalars) == 2 and frequency_class >= 12:
            pairs.append((scalars[0], scalars[1], frequency_class))
        if len(scalars) == 1 and scalars[0] < 0x10000:
            single_class[scalars[0]] = max(1, frequency_class)
            if len(codes) >= 3:
                standalone[scalars[0]] = codes[2] - 0x21 + 1
    log_total = math.log(total)
    scores = []
    for value in range(0x10000):
        if single_class[value] > 0:
            share = 1 if standalone[value] == 0 else max(math.exp(-(standalone[value] - 1) / 4), 0.01)
            scores.append(single_class[value] / 4 - log_total + math.log(share))
        else:
            scores.append(-log_total - 4)
    # Most frequent first, ties in dictionary order (a stable sort).
    pairs.sort(key=lambda pair: -pair[2])

    def partners(key_of, value_of):
        groups = {}
        for pair in pairs:
            groups.setdefault(key_of(pair), []).append(value_of(pair))
        keys = sorted(groups)
        assert all(key < 0x10000 for key in keys) and all(v < 0x10000 for g in groups.values() for v in g)
        starts, values = [0], []
        for key in keys:
            values.extend(groups[key])
            starts.append(len(values))
        out = bytearray(struct.pack("<II", len(keys), len(values)))
        out += struct.pack(f"<{len(keys)}H", *keys)
        align(out, 4)
        out += struct.pack(f"<{len(starts)}I", *starts)
        out += struct.pack(f"<{len(values)}H", *values)
        return bytes(out)

    bits = slot_bits(len(words))
    sections = [hash_table(words, 13, bits), bytes(pair_bits), struct.pack("<65536f", *scores), bytes(standalone),
                partners(lambda p: p[1], lambda p: p[0]), partners(lambda p: p[0], lambda p: p[1])]
    out = bytearray(64)
    offsets = []
    for section in sections:
        align(out)
        offsets.append(len(out))
        out += section
    align(out)
    struct.pack_into("<8sIIdII6III", out, 0, b"TMLEX002", len(words), bits, log_total, longest, 0, *offsets,
                     len(sections[0]) // 8, len(out))
    open(path, "wb").write(out)
    print(f"{path}: {len(words)} keys, {len(out)} bytes", file=sys.stderr)


def write_context(lines, path):
    """Parses the line format of Scripts/build-context-model.py as `ContextModel` did."""
    words, pairs = {}, {}
    first, key, at_line_start = 0, SEED, True
    text = lines.decode("utf-8")
    for char in text:
        scalar = ord(char)
        if scalar >= 0x80:
            key = extend(key, scalar)
            continue
        if scalar == 0x0A:
            at_line_start = True
        elif at_line_start:
            first = key
            words[key] = scalar
            at_line_start = False
        else:
            pairs[pair_hash(first, key)] = scalar
        key = SEED
    out = bytearray(32)
    fields = []
    for table in (words, pairs):
        bits = slot_bits(len(table))
        records = hash_table(table, 8, bits)
        align(out)
        fields += [len(table), bits, len(out), len(records) // 8]
        out += records
    align(out)
    struct.pack_into("<8I", out, 0, *fields)
    open(path, "wb").write(out)
    print(f"{path}: {len(words)} words, {len(pairs)} pairs, {len(out)} bytes", file=sys.stderr)


def pair_hash(first, second):
    """`ContextModel.pairHash`."""
    key = (first * 0x9E3779B97F4A7C15) & MASK
    key ^= (second + 0x632BE59BD9B4E019 + (key << 6) + (key >> 2)) & MASK
    return key | 1


def stamp_assembly():
    """Names the tables' SHA-256 in tables.S (its `// data:` line), so new data rebuilds it."""
    path = os.path.join(TABLES, "tables.S")
    digests = " ".join(f"{name} {hashlib.sha256(open(os.path.join(TABLES, name), 'rb').read()).hexdigest()}"
                       for name in ("lexicon.bin", "context.bin"))
    lines = open(path).read().split("\n")
    lines = [line for line in lines if not line.startswith("// data: ")]
    header = next(i for i, line in enumerate(lines) if not line.startswith("//"))
    lines.insert(header, f"// data: {digests}")
    open(path, "w").write("\n".join(lines))


def main():
    write_lexicon(literal(os.path.join(REFERENCE, "JiebaDictionary.swift")), os.path.join(TABLES, "lexicon.bin"))
    write_context(literal(os.path.join(REFERENCE, "ContextBigrams.swift")), os.path.join(TABLES, "context.bin"))
    stamp_assembly()


if __name__ == "__main__":
    main()
