#!/usr/bin/env python3
"""Checks that a browser screenshot shows a rendered page: a valid PNG of the expected size,
with enough distinct colours and enough non-white pixels that it is not blank.

Standard library only (zlib), so it runs wherever python3 does.
usage: png-check.py FILE.png WIDTH HEIGHT
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise ValueError("PNG has no IHDR chunk")
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        raise ValueError(f"unsupported PNG layout (depth {depth}, colour type {colour_type}, interlace {interlace})")
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    try:
        width, height, channels, rows = read_png(path)
    except (OSError, ValueError, zlib.error) as error:
        print(f"{path}: cannot read the screenshot: {error}")
        return 1
    if (width, height) != (want_w, want_h):
        print(f"{path}: screenshot is {width}x{height}, expected {want_w}x{want_h}")
        return 1
    colours, ink = set(), 0
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 2):
            pixel = row[x:x + 3]
            colours.add(pixel)
            if pixel != b"\xff\xff\xff":
                ink += 1
    sampled = (height // 4 + (height % 4 > 0)) * (width // 2)
    share = ink / sampled
    if len(colours) < 16 or share < 0.02:
        print(f"{path}: looks blank ({len(colours)} distinct colours, {share:.1%} non-white pixels)")
        return 1
    print(f"{path}: {width}x{height}, {len(colours)} distinct colours, {share:.1%} non-white")
    return 0


if __name__ == "__main__":
    sys.exit(main())
