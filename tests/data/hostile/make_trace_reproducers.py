#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the hostile trace files of this folder from traces that deltatrace-cli records.

Each reproducer is a real trace with one part rewritten the way a hostile author would, and a
correct CRC-32 wherever the attack needs one (so that the reader's later checks are what refuse
it). Files named *.head are only the front of a file: the test extends them to the size their
header declares as a sparse file (a few KB on disk, gigabytes to a reader that trusts the header).

    tests/data/hostile/make_trace_reproducers.py build/src/cli/deltatrace-cli
"""
import json, os, struct, subprocess, sys, tempfile, zlib

here = os.path.dirname(os.path.abspath(__file__))
lessons = os.path.join(here, '..', '..', '..', 'lessons')
cli = sys.argv[1]

def record(lesson, experiment, *extra):
    out = os.path.join(tempfile.mkdtemp(), 'run.dtrace')
    subprocess.run([cli, 'record', os.path.join(lessons, lesson), '--experiment', experiment, *extra, '--out', out], check=True)
    return open(out, 'rb').read()

def split(data):
    h = struct.unpack_from('<I', data, 12)[0]
    header = json.loads(data[16:16 + h])
    body = data[16 + h:-4]
    blocks, at = {}, 0
    for b in header['blocks']:
        blocks[b['name']] = body[at:at + b['bytes']]
        at += b['bytes']
    return header, blocks

def join(header, blocks, crc=True):
    header['blocks'] = [{'name': b['name'], 'bytes': len(blocks[b['name']])} for b in header['blocks']]
    text = json.dumps(header, separators=(',', ':'), ensure_ascii=False).encode()
    data = b'DTRACE\r\n' + struct.pack('<II', 1, len(text)) + text + b''.join(blocks[b['name']] for b in header['blocks'])
    return data + struct.pack('<I', zlib.crc32(data) if crc else 0)

def save(name, data):
    open(os.path.join(here, name), 'wb').write(data)

def sparse_head(rule_lesson, experiment, epochs, full):
    """The preamble and header of a trace declaring `epochs`; the body is left to the test."""
    header, blocks = split(record(rule_lesson, experiment, '--epochs', '1'))
    header['epochs'] = epochs
    steps = 4 * epochs
    sizes = {}
    for b in header['blocks']:
        n = b['name']
        if n.startswith('column:'):
            sizes[n] = len(blocks[n]) // 4 * steps
        elif n in ('checkpoints', 'summaries'):
            sizes[n] = len(blocks[n]) * epochs
        else:
            sizes[n] = len(blocks[n])
    if not full:
        header['fullRecord'] = False
        header['blocks'] = [b for b in header['blocks'] if not b['name'].startswith('column:')]
    header['blocks'] = [{'name': b['name'], 'bytes': sizes[b['name']]} for b in header['blocks']]
    text = json.dumps(header, separators=(',', ':'), ensure_ascii=False).encode()
    return b'DTRACE\r\n' + struct.pack('<II', 1, len(text)) + text + blocks['lesson-source'] + blocks['parameters']

# 4. Memory bombs: a header that declares ten million epochs, in a file of a few KB on disk.
save('trace-sparse-full-record-delta-rule.head', sparse_head('01-delta-rule.lesson.json', 'delta-rule', 10_000_000, True))
save('trace-sparse-full-record-backprop.head', sparse_head('03-backprop-xor.lesson.json', 'backprop-ce', 10_000_000, True))
save('trace-sparse-checkpoints-backprop.head', sparse_head('03-backprop-xor.lesson.json', 'backprop-ce', 10_000_000, False))

# 8. Parts that disagree. Lesson 3's listing around a one-neuron run:
header, blocks = split(record('01-delta-rule.lesson.json', 'delta-rule', '--epochs', '2'))
header['lessonId'], header['experimentId'] = '03-backprop-xor', 'backprop-ce'
blocks['lesson-source'] = open(os.path.join(lessons, '03-backprop-xor.lesson.json'), 'rb').read()
save('trace-lesson-rule-disagrees.dtrace', join(header, blocks))

# All-NaN columns next to "firstNonFiniteStep": -1.
header, blocks = split(record('01-delta-rule.lesson.json', 'delta-rule', '--epochs', '2'))
blocks['column:y'] = struct.pack('<d', float('nan')) * (len(blocks['column:y']) // 8)
save('trace-nan-column-unflagged.dtrace', join(header, blocks))

# A run that overflows, with its flag removed.
header, blocks = split(record('03-backprop-xor.lesson.json', 'backprop-ce', '--epochs', '5', '--alpha', '1.7e308'))
assert header['firstNonFiniteStep'] >= 0
header['firstNonFiniteStep'] = -1
save('trace-nonfinite-flag-hidden.dtrace', join(header, blocks))

# Checkpoints that are not the run's.
header, blocks = split(record('03-backprop-xor.lesson.json', 'backprop-sigmoid', '--epochs', '3'))
cp = bytearray(blocks['checkpoints'])
cp[-8:] = struct.pack('<d', 12.5)
blocks['checkpoints'] = bytes(cp)
save('trace-checkpoint-disagrees.dtrace', join(header, blocks))

# Initial weights that are not those of the seed (header copy and exact copy agree).
header, blocks = split(record('01-delta-rule.lesson.json', 'delta-rule', '--epochs', '1'))
params = bytearray(blocks['parameters'])
params[17 * 8:18 * 8] = struct.pack('<d', 0.5)
blocks['parameters'] = bytes(params)
header['initial']['W'][0][0] = 0.5
save('trace-initial-not-seed.dtrace', join(header, blocks))

# 3. A lesson id of 256 K characters (it crashed the window); and one of HTML.
header, blocks = split(record('01-delta-rule.lesson.json', 'forward', '--epochs', '1'))
blocks['lesson-source'] = b''
header['lessonId'] = 'a' * 262144
save('trace-lesson-id-256k.dtrace', join(header, blocks))
header['lessonId'] = 'x\n<b>bold</b>'
save('trace-lesson-id-control-characters.dtrace', join(header, blocks))
